import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { createGenerator } from 'ts-json-schema-generator';
import { parseMeetup } from '../src/index.js';
import { MEETUP_SCHEMA } from '../src/schema/meetup-schema.js';
import type { Meetup } from '../src/types.js';
import { CORPUS, FIXTURES, ROOT, fixtureNames, hasCorpus } from './helpers.js';

// ajv and ajv-formats are CommonJS: under native ESM the default import is `module.exports`,
// which TypeScript (NodeNext) types as the module itself. Both set `module.exports.default` to
// the same function, so `.default` is right for the types and at run time.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function newAjv(): InstanceType<typeof Ajv2020> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const validate = newAjv().compile(MEETUP_SCHEMA);

/** The errors for `value`, as `instancePath keyword` pairs (empty when it is valid). */
function errorsOf(value: unknown): { instancePath: string; keyword: string }[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword }));
}

function readFixtureMeetup(name: string): Meetup {
  const { meetup } = parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name });
  if (!meetup) throw new Error(`${name} holds no meetup`);
  return meetup;
}

/** A deep copy of a meetup to edit, as plain JSON. */
function editable(meetup: Meetup): JsonObject & { agenda: JsonObject[]; talks: JsonObject[]; speakers: JsonObject[] } {
  return JSON.parse(JSON.stringify(meetup)) as JsonObject & { agenda: JsonObject[]; talks: JsonObject[]; speakers: JsonObject[] };
}

describe('the JSON Schema of `meetup parse --json`', () => {
  it('compiles under ajv\'s draft 2020-12 validator in strict mode, with formats', () => {
    const ajv = newAjv();
    expect(ajv.validateSchema(MEETUP_SCHEMA)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(() => ajv.compile(MEETUP_SCHEMA)).not.toThrow();
  });

  it('declares draft 2020-12, an id, a title and one meetup or an array of them', () => {
    expect(MEETUP_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(MEETUP_SCHEMA.$id).toMatch(/^(?:https:|urn:)/u);
    expect(MEETUP_SCHEMA.oneOf.map((s) => ('type' in s ? `${s.type} of ${s.items.$ref}` : s.$ref))).toEqual([
      '#/$defs/Meetup',
      'array of #/$defs/Meetup',
    ]);
  });

  it('is plain JSON, so the CLI can print it as it is', () => {
    expect(JSON.parse(JSON.stringify(MEETUP_SCHEMA))).toEqual(MEETUP_SCHEMA);
  });
});

describe('what the schema accepts', () => {
  const names = fixtureNames();

  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('accepts the expected JSON of %s', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.md$/u, '.json')), 'utf8')) as unknown;
    expect(errorsOf(expected)).toEqual([]);
  });

  it('accepts the several meetups of one page as an array', () => {
    const name = join('real-world', 'several-meetups.md');
    const { meetups } = parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name });
    expect(meetups.length).toBeGreaterThanOrEqual(2);
    expect(errorsOf(meetups)).toEqual([]);
  });

  it('accepts every fixture\'s meetups together as one array, as for several input files', () => {
    const all = names.flatMap((name) => parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name }).meetups);
    expect(all.length).toBeGreaterThan(names.length);
    expect(errorsOf(all)).toEqual([]);
  });
});

const describeCorpus = hasCorpus ? describe : describe.skip;

describeCorpus('the real notes', () => {
  const files = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
  const parsed = files.map((name) => ({ name, meetups: parseMeetup(readFileSync(join(CORPUS, name), 'utf8'), { source: name }).meetups }));

  it('has notes to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('give output that the schema accepts: %s', (name) => {
    const { meetups } = parsed.find((p) => p.name === name)!;
    for (const meetup of meetups) expect(errorsOf(meetup)).toEqual([]);
    expect(errorsOf(meetups)).toEqual([]);
  });

  it('give, all together, an array that the schema accepts', () => {
    const all = parsed.flatMap((p) => p.meetups);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(errorsOf(all)).toEqual([]);
  });
});

describe('what the schema rejects', () => {
  const base = readFixtureMeetup('basic.md');

  it('accepts the meetup it edits, before any edit', () => {
    expect(errorsOf(editable(base))).toEqual([]);
  });

  // Each edit, and where (instancePath) and why (keyword) the schema objects.
  const edits: [string, (m: ReturnType<typeof editable>) => void, string, string][] = [
    ['a meetup without its venue', (m) => { delete m['venue']; }, '', 'required'],
    ['a meetup with a field the types do not have', (m) => { m['room'] = 'B 2.01'; }, '', 'additionalProperties'],
    ['an agenda item of kind `party`', (m) => { m.agenda[0]!['kind'] = 'party'; }, '/agenda/0/kind', 'enum'],
    ['an agenda item that starts at `7pm`', (m) => { m.agenda[1]!['start'] = '7pm'; }, '/agenda/1/start', 'pattern'],
    ['an agenda item whose startsAt has a space for the T', (m) => { m.agenda[0]!['startsAt'] = '2024-05-16 18:30:00+02:00'; }, '/agenda/0/startsAt', 'pattern'],
    ['an agenda item without its line', (m) => { delete m.agenda[2]!['line']; }, '/agenda/2', 'required'],
    ['a duration in fractions of a minute', (m) => { m.agenda[0]!['durationMinutes'] = 30.5; }, '/agenda/0/durationMinutes', 'type'],
    ['a date written day first', (m) => { m['date'] = '16.05.2024'; }, '/date', 'pattern'],
    ['a date that does not exist', (m) => { m['date'] = '2024-02-30'; }, '/date', 'format'],
    ['an edition given as text', (m) => { m['edition'] = '7'; }, '/edition', 'type'],
    ['a schema version other than 1', (m) => { m['schemaVersion'] = 2; }, '/schemaVersion', 'const'],
    ['a talk with an extra field', (m) => { m.talks[0]!['room'] = 'B 2.01'; }, '/talks/0', 'additionalProperties'],
    ['a speaker whose talks are named, not numbered', (m) => { m.speakers[0]!['talks'] = ['Streaming joins without tears']; }, '/speakers/0/talks/0', 'type'],
    ['a detail whose value is a number', (m) => { (m['details'] as JsonObject)['floor'] = 3; }, '/details/floor', 'type'],
    ['a null list of notes', (m) => { m['notes'] = null; }, '/notes', 'type'],
  ];

  it.each(edits)('rejects %s', (_, edit, instancePath, keyword) => {
    const meetup = editable(base);
    edit(meetup);
    expect(errorsOf(meetup)).toContainEqual({ instancePath, keyword });
    // The same meetup inside an array is rejected too.
    expect(errorsOf([editable(base), meetup])).toContainEqual({ instancePath: `/1${instancePath}`, keyword });
  });

  it('rejects a string, null and an array holding a string', () => {
    expect(validate('basic.md')).toBe(false);
    expect(validate(null)).toBe(false);
    expect(validate([editable(base), 'basic.md'])).toBe(false);
  });
});

describe('the descriptions in the schema', () => {
  /** Paths of every subschema that should describe itself, and those that do not. */
  function walk(node: unknown, path: string, out: { checked: string[]; missing: string[] }, needsDescription: boolean): void {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Record<string, unknown>;
    if (needsDescription) {
      out.checked.push(path);
      if (typeof n['description'] !== 'string' || !n['description'].trim()) out.missing.push(path);
    }
    for (const [key, child] of Object.entries((n['properties'] ?? {}) as Record<string, unknown>)) walk(child, `${path}/properties/${key}`, out, true);
    for (const [key, child] of Object.entries((n['$defs'] ?? {}) as Record<string, unknown>)) walk(child, `${path}/$defs/${key}`, out, true);
    ((n['oneOf'] ?? []) as unknown[]).forEach((child, i) => walk(child, `${path}/oneOf/${i}`, out, true));
    walk(n['items'], `${path}/items`, out, !(n['items'] as Record<string, unknown> | undefined)?.['$ref']);
    walk(n['additionalProperties'], `${path}/additionalProperties`, out, true);
  }

  it('describe every property at every level, every definition and the schema itself', () => {
    const out = { checked: [] as string[], missing: [] as string[] };
    walk(MEETUP_SCHEMA, '#', out, true);
    expect(out.missing).toEqual([]);
    expect(out.checked).toEqual(expect.arrayContaining([
      '#',
      '#/$defs/Meetup/properties/details',
      '#/$defs/Meetup/properties/details/additionalProperties',
      '#/$defs/AgendaItem/properties/startsAt',
      '#/$defs/Speaker/properties/talks/items',
      '#/$defs/Link/properties/url',
      '#/$defs/Section/properties/markdown',
    ]));
    expect(out.checked.filter((p) => /\/properties\/[^/]+$/u.test(p))).toHaveLength(
      Object.values(MEETUP_SCHEMA.$defs).reduce((n, d) => n + ('properties' in d ? Object.keys(d.properties).length : 0), 0),
    );
  });
});

// --- Drift: the schema against the TypeScript types it describes ---------------------------------

/** A schema generated from the TypeScript types (no descriptions, `definitions` for named types). */
function schemaFromTypes(path: string, tsconfig: string | undefined): JsonObject {
  const generator = createGenerator({
    path,
    ...(tsconfig ? { tsconfig } : {}),
    type: 'Meetup',
    expose: 'all',
    topRef: false,
    jsDoc: 'none',
    skipTypeCheck: true,
  });
  return JSON.parse(JSON.stringify(generator.createSchema('Meetup'))) as JsonObject;
}

/** What the comparison looks at: JSON types (integer counts as number), const, enum, properties, required, items. */
interface Shape {
  types: string[];
  const?: Json;
  enum?: Json[];
  properties?: Record<string, Shape>;
  required?: string[];
  additionalProperties?: Shape | boolean;
  items?: Shape;
  anyOf?: Shape[];
}

const JSON_TYPE_OF: Record<string, string> = { string: 'string', number: 'number', boolean: 'boolean', object: 'object' };

function resolveRef(root: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`Cannot follow $ref ${ref}`);
  let node: Json = root;
  for (const part of ref.slice(2).split('/').map((p) => decodeURIComponent(p).replace(/~1/gu, '/').replace(/~0/gu, '~'))) {
    if (!node || typeof node !== 'object' || Array.isArray(node) || !(part in node)) throw new Error(`Cannot follow $ref ${ref}`);
    node = node[part]!;
  }
  return node as JsonObject;
}

/** The shape of a schema node: `$ref`s followed, annotations dropped, lists sorted. */
function shapeOf(node: Json, root: JsonObject, depth = 0): Shape {
  if (depth > 20) throw new Error('Schema nests too deeply (a cycle?)');
  if (node === true || node === undefined) return { types: ['any'] };
  if (!node || typeof node !== 'object' || Array.isArray(node)) throw new Error(`Not a schema: ${JSON.stringify(node)}`);
  if (typeof node['$ref'] === 'string') return shapeOf(resolveRef(root, node['$ref']), root, depth + 1);

  const branches = (node['anyOf'] ?? node['oneOf']) as Json[] | undefined;
  if (branches) {
    const shapes = branches.map((b) => shapeOf(b, root, depth + 1));
    const types = [...new Set(shapes.flatMap((s) => s.types))].sort();
    // `string | null` written as anyOf of simple types is the same as `type: ['string', 'null']`.
    if (shapes.every((s) => Object.keys(s).length === 1)) return { types };
    return { types, anyOf: shapes.map((s) => JSON.stringify(s)).sort().map((s) => JSON.parse(s) as Shape) };
  }

  const declared = node['type'];
  let types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).map((t) => (t === 'integer' ? 'number' : String(t)));
  if (types.length === 0 && node['const'] !== undefined) types = [node['const'] === null ? 'null' : JSON_TYPE_OF[typeof node['const']] ?? 'unknown'];
  const shape: Shape = { types: [...new Set(types)].sort() };
  if (node['const'] !== undefined) shape.const = node['const'];
  if (Array.isArray(node['enum'])) shape.enum = [...node['enum']].map((v) => JSON.stringify(v)).sort().map((v) => JSON.parse(v) as Json);
  if (shape.types.includes('object') || node['properties']) {
    const properties = (node['properties'] ?? {}) as JsonObject;
    shape.properties = Object.fromEntries(Object.keys(properties).sort().map((key) => [key, shapeOf(properties[key]!, root, depth + 1)]));
    shape.required = [...((node['required'] ?? []) as string[])].sort();
    const extra = node['additionalProperties'];
    shape.additionalProperties = extra === false ? false : extra === undefined || extra === true ? true : shapeOf(extra, root, depth + 1);
  }
  if (shape.types.includes('array')) shape.items = shapeOf(node['items'] as Json, root, depth + 1);
  return shape;
}

const SCHEMA_JSON = JSON.parse(JSON.stringify(MEETUP_SCHEMA)) as JsonObject & { $defs: Record<string, JsonObject> };

/** Differences between the published schema and one generated from types, by definition name. */
function drift(generated: JsonObject): string[] {
  const definitions = (generated['definitions'] ?? {}) as Record<string, JsonObject>;
  const named: Record<string, JsonObject> = { Meetup: generated };
  for (const [name, def] of Object.entries(definitions)) if (/^\w+$/u.test(name)) named[name] = def;
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(named), ...Object.keys(SCHEMA_JSON.$defs)])) {
    const ours = SCHEMA_JSON.$defs[name];
    const theirs = named[name];
    if (!ours || !theirs) {
      problems.push(`${name}: ${ours ? 'not in the types' : 'not in the schema'}`);
    } else if (JSON.stringify(shapeOf(ours, SCHEMA_JSON)) !== JSON.stringify(shapeOf(theirs, generated))) {
      problems.push(`${name}: differs`);
    }
  }
  return problems.sort();
}

describe('the schema and the TypeScript types in src/types.ts', () => {
  let generated: JsonObject;
  beforeAll(() => {
    generated = schemaFromTypes(join(ROOT, 'src', 'types.ts'), join(ROOT, 'tsconfig.json'));
  }, 60_000);

  it('name the same types: Meetup and every named type it holds', () => {
    const named = Object.keys((generated['definitions'] ?? {}) as JsonObject).filter((n) => /^\w+$/u.test(n));
    expect(['Meetup', ...named].sort()).toEqual(Object.keys(MEETUP_SCHEMA.$defs).sort());
  });

  it('agree on Meetup, all the way down: property names, required keys, JSON types and null-ability', () => {
    expect(shapeOf(SCHEMA_JSON.$defs['Meetup']!, SCHEMA_JSON)).toEqual(shapeOf(generated, generated));
  });

  it.each(['AgendaItem', 'AgendaKind', 'Talk', 'Speaker', 'Link', 'Section'])('agree on %s', (name) => {
    const theirs = ((generated['definitions'] ?? {}) as Record<string, JsonObject>)[name];
    expect(theirs).toBeDefined();
    expect(shapeOf(SCHEMA_JSON.$defs[name]!, SCHEMA_JSON)).toEqual(shapeOf(theirs!, generated));
  });

  it('have no drift at all, by the same check the cases below use', () => {
    expect(drift(generated)).toEqual([]);
  });

  it('read `details` as text values under any key and `schemaVersion` as the constant 1', () => {
    const meetup = shapeOf(generated, generated);
    expect(meetup.properties?.['details']).toEqual({ types: ['object'], properties: {}, required: [], additionalProperties: { types: ['string'] } });
    expect(meetup.properties?.['schemaVersion']).toEqual({ types: ['number'], const: 1 });
  });
});

describe('the drift check', () => {
  // Edited copies of src/types.ts (it has no imports, so it stands alone), and what the check must report:
  // a change shows in its own type and in every type that holds it.
  const source = readFileSync(join(ROOT, 'src', 'types.ts'), 'utf8');
  const changes: [string, string, string, string[]][] = [
    ['a field added to Meetup', '  labels: string[];\n}', '  labels: string[];\n  room: string | null;\n}', ['Meetup: differs']],
    ['a nullable field made not nullable', '  venue: string | null;', '  venue: string;', ['Meetup: differs']],
    ['a field made optional', '  bio: string | null;', '  bio?: string | null;', ['Meetup: differs', 'Speaker: differs']],
    ['a number that becomes a string', '  /** 1-based source line. */\n  line: number;', '  /** 1-based source line. */\n  line: string;', ['AgendaItem: differs', 'Meetup: differs']],
    ['a new kind of agenda item', "'end' | 'other';", "'end' | 'other' | 'party';", ['AgendaItem: differs', 'AgendaKind: differs', 'Meetup: differs']],
    ['a new named type inside Meetup', '  notes: string[];', '  notes: Note[];\n}\nexport interface Note {\n  text: string;', ['Meetup: differs', 'Note: not in the schema']],
  ];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-schema-drift-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(changes)('notices %s in the types', (_, from, to, expected) => {
    expect(source).toContain(from);
    const path = join(dir, `${expected.join('-').replace(/\W+/gu, '-')}.ts`);
    writeFileSync(path, source.replace(from, to));
    expect(drift(schemaFromTypes(path, undefined))).toEqual(expected);
  }, 60_000);
});

describe('the schema on generated notes', () => {
  // Pieces of the notes people write, in any order and number: whatever the parser makes of
  // them is valid against the published schema.
  const piece = fc.constantFrom(
    '# 20230919 Munich Meetup #3\n', '# Meetup ohne Datum\n', '* host: JetBrains Munich\n', '* tags.0: x\n', '## Agenda\n', '```\n',
    '18:50 - 19:00 - Opening\n', '19:00 - 19:45 - Ada Lovelace: Engines\n', '20:20 - Onwards - Beer\n', '23:30 - 00:30 - Late\n',
    '    Talk #1: Engines\n', 'About our speakers:\n', '    Ada Lovelace (LinkedIn, https://example.org)\n', '---\n', 'date: 2024-01-01\n',
    '~20:30: x\n', 'ca 19:30: y (20 min)\n', '\n', '| Start | Ende | Thema | Speaker |\n', '| --- | --- | --- | --- |\n',
    '| 18:00 | 18:30 | Pause | TBD |\n', '## Slot (7:15pm)\n', '6:00 - 6:30 pm Snacks\n', '7:00 Registro\n', '???pm\n',
    '### Meetup 2 am 19.09.2023\n', '2021年4月24日（土）\n', 'timezone: America/St_Johns\n', 'My own notes.\n',
  );
  const notes = fc.array(piece, { maxLength: 25 }).map((p) => p.join(''));

  it('accepts the JSON of every generated meetup, one or several', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const { meetups } = parseMeetup(text, { source: 'generated.md' });
        const plain = JSON.parse(JSON.stringify(meetups)) as unknown[];
        expect({ text, errors: plain.flatMap((m) => errorsOf(m)) }).toEqual({ text, errors: [] });
        expect(errorsOf(plain)).toEqual([]);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });
});
