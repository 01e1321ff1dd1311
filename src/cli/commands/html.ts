// `meetup html`: one meetup as a page on stdout (or -o FILE), several as one page, and with
// -o FOLDER/ a site: index.html and a page per meetup, written atomically, never over a file
// meetup did not write; with --clean, its own pages whose notes are gone are removed.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormatContext } from '../../format/context.js';
import { configsByFolder } from '../config.js';
import { currentTime } from '../current-time.js';
import { checkDateRange, inDateRange, type DateRangeOptions } from '../date-range.js';
import { emit, writesToFile } from '../emit.js';
import { CliError, EXIT_USAGE, worst } from '../errors.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';
import { outputStyle } from '../output-style.js';
import { packageVersion } from '../package-version.js';
import { parseInputs } from '../parse-inputs.js';
import { refuseOverwritingInput } from '../refuse-overwrite.js';
import { reportError } from '../report.js';
import { zoneSettings } from '../zone-options.js';

export interface HtmlCommandOptions extends InputOptions, DateRangeOptions {
  clean?: boolean;
  title?: string;
}

/** Whether `-o` names a folder: one that exists, or a path ending in a slash. */
async function isFolderOutput(output: string | undefined): Promise<boolean> {
  if (!writesToFile(output)) return false;
  if (/[/\\]$/u.test(output)) return true;
  return (await stat(output).catch(() => null))?.isDirectory() ?? false;
}

export async function htmlCommand(inputs: readonly string[], options: HtmlCommandOptions, io: CliIO): Promise<number> {
  checkDateRange(options);
  const site = await isFolderOutput(options.output);
  if (options.clean && !site) throw new CliError('--clean removes the pages of a site: give -o FOLDER/ too', EXIT_USAGE);
  if (options.title !== undefined && !site) throw new CliError('--title names the index of a site: give -o FOLDER/ too', EXIT_USAGE);
  if (!site) await refuseOverwritingInput(options.output, inputs);
  const zones = zoneSettings(options.tz, io, configsByFolder());
  const parsed = await parseInputs(inputs, io, { parse: zones.parse, jobs: options.jobs, ...(zones.perFile ? { perFile: zones.perFile } : {}) });
  const meetups = inDateRange(parsed.meetups, options);
  const context: FormatContext = { ...outputStyle(options, io), color: false, multiple: parsed.listed, now: currentTime(io.env), ical: { version: packageVersion() } };
  const html = await import('../../format/html/index.js');
  if (!site) {
    if (meetups.length > 0 || parsed.listed) await emit(html.formatHtml(meetups, context), io, options.output);
    return parsed.exitCode;
  }
  // Nothing read (a missing file, an empty folder: already reported): no site to write, not even an empty index.
  if (meetups.length === 0 && !parsed.listed) return parsed.exitCode;
  return worst(parsed.exitCode, await writeSite(options.output!, html.buildSite(meetups, context, options.title ? { title: options.title } : {}), html.isOwnPage, options.clean ?? false, io));
}

/**
 * Write the site's files into the folder (made when missing), each atomically; a file there that
 * meetup did not write is left alone and named (exit 2). With `clean`, meetup's own pages that
 * this run did not write are removed. One line on stderr says what was done.
 */
async function writeSite(folder: string, files: Map<string, string>, isOwnPage: (text: string) => boolean, clean: boolean, io: CliIO): Promise<number> {
  const { writeFileAtomically } = await import('../write-atomically.js');
  await mkdir(folder, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`${folder}: cannot make the folder (${e.code ?? e.message})`, EXIT_USAGE);
  });
  let exitCode = 0;
  let written = 0;
  for (const [name, text] of files) {
    const path = join(folder, name);
    const existing = await readFile(path, 'utf8').catch(() => null);
    if (existing !== null && !isOwnPage(existing)) {
      await reportError(io, `${path}: exists and was not written by meetup; left as it is`);
      exitCode = EXIT_USAGE;
      continue;
    }
    if (existing === text) {
      written++;
      continue;
    }
    try {
      await writeFileAtomically(path, text);
      written++;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      await reportError(io, e.message);
      exitCode = EXIT_USAGE;
    }
  }
  let removed = 0;
  if (clean) {
    for (const entry of await readdir(folder).catch(() => [] as string[])) {
      if (!entry.endsWith('.html') || files.has(entry)) continue;
      const path = join(folder, entry);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null || !isOwnPage(text)) continue;
      await rm(path).then(() => removed++, async (e: NodeJS.ErrnoException) => {
        await reportError(io, `${path}: cannot remove (${e.code ?? e.message})`);
        exitCode = EXIT_USAGE;
      });
    }
  }
  const pages = files.size - 1;
  await io.stderr.write(`meetup: ${folder}: ${pages} page${pages === 1 ? '' : 's'} and index.html${written < files.size ? ` (${files.size - written} not written)` : ''}${clean ? `, ${removed} old page${removed === 1 ? '' : 's'} removed` : ''}\n`);
  return exitCode;
}
