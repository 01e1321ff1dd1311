/**
 * `meetup completion bash|zsh|fish`: a completion script made from the command tree itself, so
 * a new command or option completes without anyone writing it down twice.
 */
import type { Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface CommandWords {
  name: string;
  description: string;
  options: string[];
}

/** Each command with its long and short options (files are completed by the shell). */
function commandWords(program: Command): CommandWords[] {
  return program.commands
    .filter((c) => c.name() !== 'help')
    .map((c) => ({
      name: c.name(),
      description: c.description().split(/[;:]/u)[0]!.trim(),
      options: [...c.options.flatMap((o) => [o.long, o.short]), '--help'].filter((o): o is string => Boolean(o)),
    }));
}

const quote = (text: string): string => `'${text.replace(/'/gu, `'\\''`)}'`;

function bash(words: CommandWords[]): string {
  const cases = words.map((w) => `    ${w.name}) opts=${quote(w.options.join(' '))} ;;`).join('\n');
  return `# meetup completion for bash: eval "$(meetup completion bash)"
_meetup() {
  local cur=\${COMP_WORDS[COMP_CWORD]} opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W ${quote(`${words.map((w) => w.name).join(' ')} --help --version --verbose`)} -- "$cur") )
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    *) opts='' ;;
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); else COMPREPLY=( $(compgen -f -- "$cur") ); fi
}
complete -o filenames -F _meetup meetup
`;
}

function zsh(words: CommandWords[]): string {
  const commands = words.map((w) => `    ${quote(`${w.name}:${w.description.replace(/:/gu, '\\:')}`)}`).join('\n');
  const cases = words.map((w) => `    ${w.name}) _arguments ${w.options.map((o) => quote(`${o}[]`)).join(' ')} '*:file:_files' ;;`).join('\n');
  return `#compdef meetup
# meetup completion for zsh: meetup completion zsh > "\${fpath[1]}/_meetup"
_meetup() {
  local -a commands
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
compdef _meetup meetup
`;
}

function fish(words: CommandWords[]): string {
  const lines = ['# meetup completion for fish: meetup completion fish > ~/.config/fish/completions/meetup.fish', 'complete -c meetup -f'];
  for (const w of words) {
    lines.push(`complete -c meetup -n '__fish_use_subcommand' -a ${w.name} -d ${quote(w.description)}`);
    for (const o of w.options) {
      const flag = o.startsWith('--') ? `-l ${o.slice(2)}` : `-s ${o.slice(1)}`;
      lines.push(`complete -c meetup -n '__fish_seen_subcommand_from ${w.name}' ${flag}`);
    }
    lines.push(`complete -c meetup -n '__fish_seen_subcommand_from ${w.name}' -F`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(program: Command, shell: Shell): string {
  const words = commandWords(program);
  return shell === 'bash' ? bash(words) : shell === 'zsh' ? zsh(words) : fish(words);
}
