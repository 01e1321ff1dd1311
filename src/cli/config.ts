/**
 * The config file: `.meetuprc.json`, `.meetuprc.yaml` (or `.yml`), `meetup.config.js` or a
 * `meetup` key in `package.json`, found by lilconfig from the notes' folder upward, else in the
 * home directory. It sets defaults; command-line flags and MEETUP_TZ win over it.
 *
 *     { "timeZone": "Europe/Berlin", "openEnd": 90, "rules": { "missing-host": "off", "speaker-without-bio": "warn" } }
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { LilconfigResult } from 'lilconfig';
import { canonicalTimeZone } from '../time/index.js';
import { CliError, EXIT_USAGE } from './errors.js';

export type RuleSetting = 'off' | 'warn' | 'error';

export interface MeetupConfig {
  /** The zone of notes that name none. */
  timeZone?: string;
  /** Minutes an open-ended or last item lasts in calendars. */
  openEnd?: number;
  /** `check` rules turned off, or reported as warnings or errors. */
  rules?: Record<string, RuleSetting>;
}

/** The config in force and the file it came from (null when there is none). */
export interface LoadedConfig {
  config: MeetupConfig;
  file: string | null;
}

export const CONFIG_FILES = ['package.json', '.meetuprc.json', '.meetuprc.yaml', '.meetuprc.yml', 'meetup.config.js', 'meetup.config.cjs'];

const requireFrom = createRequire(import.meta.url);
/** A loader whose parse error names the file. */
const named = (what: string, parse: (content: string) => unknown) => (path: string, content: string): unknown => {
  try {
    return parse(content);
  } catch (e) {
    throw new CliError(`${path}: not valid ${what} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, EXIT_USAGE);
  }
};
// The YAML parser is loaded only for a YAML config.
const loadYaml = async (path: string, content: string): Promise<unknown> => {
  const yaml = await import('yaml');
  return named('YAML', (text) => yaml.parse(text))(path, content);
};
const loadJson = named('JSON', (content) => JSON.parse(content));
// A JavaScript config is required (Node 20.19 and later require ES modules too), as the bundle has no import().
const loadJs = (path: string): unknown => {
  let loaded: { default?: unknown };
  try {
    loaded = requireFrom(path) as { default?: unknown };
  } catch (e) {
    throw new CliError(`${path}: cannot load it (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, EXIT_USAGE);
  }
  return loaded && typeof loaded === 'object' && 'default' in loaded ? loaded.default : loaded;
};

function searcher(lilconfig: typeof import('lilconfig').lilconfig, stopDir: string) {
  return lilconfig('meetup', {
    searchPlaces: CONFIG_FILES,
    stopDir,
    loaders: { '.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, '.js': loadJs, '.cjs': loadJs, noExt: loadYaml },
  });
}

/** The config file's keys checked: an unknown key or a wrong value names the file and the key. */
export function validConfig(value: unknown, file: string): MeetupConfig {
  const wrong = (key: string, why: string): CliError => new CliError(`${file}: ${key}: ${why}`, EXIT_USAGE);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new CliError(`${file}: the config is not an object of settings`, EXIT_USAGE);
  const config: MeetupConfig = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'timeZone') {
      const zone = typeof v === 'string' ? canonicalTimeZone(v) : null;
      if (!zone) throw wrong(key, `unknown time zone ${JSON.stringify(v)} (use an IANA name such as Europe/Berlin)`);
      config.timeZone = zone;
    } else if (key === 'openEnd') {
      if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 1440) throw wrong(key, 'expected a whole number of minutes from 1 to 1440');
      config.openEnd = v as number;
    } else if (key === 'rules') {
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw wrong(key, 'expected an object of rule ids and "off", "warn" or "error"');
      for (const [id, setting] of Object.entries(v)) {
        if (setting !== 'off' && setting !== 'warn' && setting !== 'error') throw wrong(`rules.${id}`, `expected "off", "warn" or "error", not ${JSON.stringify(setting)}`);
      }
      config.rules = v as Record<string, RuleSetting>;
    } else {
      throw wrong(key, 'unknown setting (known: timeZone, openEnd, rules)');
    }
  }
  return config;
}

/**
 * The config for notes at `from` (a file or folder; the working folder for standard input):
 * searched from there upward to the home directory, then in the home directory itself.
 */
export async function loadConfig(from: string | null, home = homedir()): Promise<LoadedConfig> {
  const start = from ? resolve(from) : resolve('.');
  const folder = await stat(start).then((info) => (info.isDirectory() ? start : dirname(start)), () => dirname(start));
  // Loaded on first need, so the bundle's start-up does not evaluate them (esbuild turns these into lazy initialisers).
  const { lilconfig } = await import('lilconfig');
  const found: LilconfigResult = (await searcher(lilconfig, home).search(folder)) ?? (await searcher(lilconfig, home).search(home));
  if (!found || found.isEmpty) return { config: {}, file: null };
  return { config: validConfig(found.config, found.filepath), file: found.filepath };
}

/**
 * The config of each notes file, searched from the file's own folder (standard input, `-`: the
 * working folder's): one search per folder in a
 * run, so a folder of 150 notes costs one.
 */
export function configsByFolder(home = homedir()): (path: string) => Promise<LoadedConfig> {
  const byFolder = new Map<string, Promise<LoadedConfig>>();
  return (path) => {
    const folder = dirname(resolve(path));
    let found = byFolder.get(folder);
    if (!found) {
      found = loadConfig(folder, home);
      byFolder.set(folder, found);
    }
    return found;
  };
}
