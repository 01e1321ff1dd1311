// Parsers for option values: each returns the value as the command wants it, or throws
// commander's InvalidArgumentError, which commander reports as a usage error (exit 2).
import { InvalidArgumentError } from 'commander';
import { parseFieldList } from '../format/fields.js';
import { canonicalTimeZone, isValidDate } from '../time/index.js';

/** `--tz`: an IANA zone in any letter case (`europe/berlin`), given on as Node.js spells it. */
export function parseZone(value: string): string {
  const zone = canonicalTimeZone(value.trim());
  if (!zone) throw new InvalidArgumentError(`unknown time zone '${value}' (use an IANA name such as Europe/Berlin)`);
  return zone;
}

export function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 1000) throw new InvalidArgumentError('expected a whole number of columns from 20 to 1000');
  return n;
}

export function parseFields(value: string): string[] {
  const parsed = parseFieldList(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error);
  return parsed.fields;
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new InvalidArgumentError('expected a whole number of worker threads from 1 to 16');
  return n;
}

export function parseMinutes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 24 * 60) throw new InvalidArgumentError('expected a whole number of minutes from 1 to 1440');
  return n;
}

export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

/** A count: a whole number, 0 or more. */
export function parseCount(value: string): number {
  if (!/^\d{1,9}$/u.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}
