import { EXIT_OK } from '../errors.js';
import type { CliIO } from '../io.js';

/** `meetup schema` takes no options. */
export type SchemaCommandOptions = Record<string, never>;

/** `meetup schema`: the JSON Schema of the `--json` output; it reads no notes. */
export async function schemaCommand(_inputs: readonly string[], _options: SchemaCommandOptions, io: CliIO): Promise<number> {
  const { MEETUP_SCHEMA } = await import('../../schema/meetup-schema.js');
  await io.stdout.write(`${JSON.stringify(MEETUP_SCHEMA, null, 2)}\n`);
  return EXIT_OK;
}
