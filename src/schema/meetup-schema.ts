/**
 * The JSON Schema (draft 2020-12) of what `meetup parse --json` prints: one `Meetup` as an object,
 * or an array of them when the notes (or the inputs) hold several.
 *
 * It describes the types in `src/types.ts`; test/schema.test.ts fails when the two drift apart.
 * Data only: the CLI prints it, nothing here does I/O.
 */

const NULLABLE_STRING = ['string', 'null'] as const;
const NULLABLE_INTEGER = ['integer', 'null'] as const;

/** `HH:MM`, 24-hour. */
const CLOCK_TIME = '^\\d{2}:\\d{2}$';
/** `YYYY-MM-DDTHH:MM:SS`, with `±HH:MM` when the time zone is known. */
const LOCAL_DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[+-]\\d{2}:\\d{2})?$';

export const MEETUP_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:meetup:schema:meetup:1',
  title: 'meetup parse --json',
  description:
    'The output of `meetup parse --json`: the meetups read from Markdown meetup notes. ' +
    'One meetup prints as an object; several (a page that lists many, or several input files) print as an array.',
  oneOf: [
    { $ref: '#/$defs/Meetup', description: 'The one meetup found in the notes.' },
    {
      type: 'array',
      description: 'Several meetups, in the order they appear (file by file, then within each file).',
      items: { $ref: '#/$defs/Meetup' },
    },
  ],
  $defs: {
    Meetup: {
      type: 'object',
      description: 'One meetup as read from its notes. Every key is always present; what the notes do not say is null or empty.',
      properties: {
        schemaVersion: {
          const: 1,
          type: 'integer',
          description: 'Version of this JSON shape; always 1.',
        },
        source: {
          type: 'string',
          description:
            'Where the notes came from: the file name as given on the command line, `<stdin>` for standard input (`-`), ' +
            'or the `source` option given to `parseMeetup` (`<input>` when none was given).',
        },
        title: {
          type: NULLABLE_STRING,
          description: 'The meetup\'s title, from the title heading or the front matter, with a date prefix removed; null when the notes give none.',
        },
        series: {
          type: NULLABLE_STRING,
          description: 'The series the title names before its edition number (`Leipzig Data Engineering Meetup` in `Leipzig Data Engineering Meetup #7`); null when the title has no edition.',
        },
        edition: {
          type: NULLABLE_INTEGER,
          minimum: 0,
          description: 'The edition number from the title (`#7` gives 7); null when the title has none.',
        },
        date: {
          type: NULLABLE_STRING,
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          format: 'date',
          description: 'The date of the meetup, `YYYY-MM-DD`; null when no date was found (or given with `--date`).',
        },
        timeZone: {
          type: NULLABLE_STRING,
          description: 'IANA time zone, e.g. `Europe/Berlin`: given with `--tz`, stated in the notes, or inferred from a city; null when unknown.',
        },
        start: {
          type: NULLABLE_STRING,
          pattern: CLOCK_TIME,
          description:
            'Local time `HH:MM` (24-hour) the meetup starts: the first start of its agenda, or, without a timed agenda, its own time as the notes ' +
            'state it (`Time: 9:30 - 12:30`, `11:30 - 12:15 Uhr`, `Montag, 23. März 2026 von 11:30 Uhr`, `We will start at 4pm`); null when not said.',
        },
        end: {
          type: NULLABLE_STRING,
          pattern: CLOCK_TIME,
          description:
            'Local time `HH:MM` (24-hour) the meetup ends: the end the agenda\'s last item writes (an end slot such as `22:00 Official end` ends it at its start; ' +
            'an end worked out from a stated length does not count), or the end of its own stated time; null when not said or open.',
        },
        startsAt: {
          type: NULLABLE_STRING,
          pattern: LOCAL_DATE_TIME,
          description:
            'ISO 8601 local date-time of `start` on the meetup\'s date, with its UTC offset when the time zone is known and without one when it is not; ' +
            'null without a date or a start.',
        },
        endsAt: {
          type: NULLABLE_STRING,
          pattern: LOCAL_DATE_TIME,
          description: 'ISO 8601 local date-time of `end`, like `startsAt` (on the next day when it is earlier than the start); null without a date or an end.',
        },
        host: {
          type: NULLABLE_STRING,
          description: 'Who hosts the meetup, from a `host` detail or a sentence such as `Hosted by …`; null when not said.',
        },
        venue: {
          type: NULLABLE_STRING,
          description: 'Where the meetup takes place, from a `location`, `venue` or similar detail; null when not said.',
        },
        links: {
          type: 'array',
          description: 'Web addresses found in the details, each labelled with its detail\'s key.',
          items: { $ref: '#/$defs/Link' },
        },
        details: {
          type: 'object',
          description:
            'Every `key: value` detail of the notes, as text: each front-matter scalar (nested keys joined with dots, lists joined with commas) ' +
            'and each `* key: value` bullet (key lowercased); a bullet wins over front matter for the same key.',
          additionalProperties: {
            type: 'string',
            description: 'The detail\'s value as written.',
          },
        },
        description: {
          type: NULLABLE_STRING,
          description: 'The event\'s description: its text that is not agenda, talks, speakers or details, paragraphs separated by a blank line; null when there is none.',
        },
        agenda: {
          type: 'array',
          description: 'The slots of the agenda, in the order the notes list them.',
          items: { $ref: '#/$defs/AgendaItem' },
        },
        talks: {
          type: 'array',
          description: 'The talks, by number.',
          items: { $ref: '#/$defs/Talk' },
        },
        speakers: {
          type: 'array',
          description: 'The people who speak: those with a bio first, then everyone else who gives a talk.',
          items: { $ref: '#/$defs/Speaker' },
        },
        sections: {
          type: 'array',
          description: 'The author\'s own sections (not the event\'s agenda, talks or speakers), in order.',
          items: { $ref: '#/$defs/Section' },
        },
        notes: {
          type: 'array',
          description: 'The author\'s own remarks outside any section that are not the event\'s description, agenda, talks, speakers or details, in order. On a page that lists several meetups, the first meetup\'s notes begin with the page\'s own text.',
          items: { type: 'string', description: 'One remark or block of the author\'s text.' },
        },
        labels: {
          type: 'array',
          description: 'The labels the notes give their parts, as written (`Agenda`, `More about the talks:`), in order.',
          items: { type: 'string', description: 'One label, as written.' },
        },
      },
      required: [
        'schemaVersion', 'source', 'title', 'series', 'edition', 'date', 'timeZone', 'start', 'end', 'startsAt', 'endsAt', 'host', 'venue', 'links',
        'details', 'description', 'agenda', 'talks', 'speakers', 'sections', 'notes', 'labels',
      ],
      additionalProperties: false,
    },

    AgendaItem: {
      type: 'object',
      description: 'One slot of the agenda.',
      properties: {
        start: {
          type: NULLABLE_STRING,
          pattern: CLOCK_TIME,
          description: 'Local start time `HH:MM` (24-hour), null when the slot has no time.',
        },
        end: {
          type: NULLABLE_STRING,
          pattern: CLOCK_TIME,
          description: 'Local end time `HH:MM` (24-hour), null when open-ended or not given.',
        },
        openEnd: {
          type: 'boolean',
          description: 'True for `Onwards`, `open end` and similar.',
        },
        approximate: {
          type: 'boolean',
          description: 'True for `~20:30`, `ca 19:30`.',
        },
        startsAt: {
          type: NULLABLE_STRING,
          pattern: LOCAL_DATE_TIME,
          description:
            'ISO 8601 local date-time (`YYYY-MM-DDTHH:MM:SS`) of the start, with its UTC offset (`+02:00`) when the time zone is known and without one when it is not; ' +
            'null without a date or a start time.',
        },
        endsAt: {
          type: NULLABLE_STRING,
          pattern: LOCAL_DATE_TIME,
          description:
            'ISO 8601 local date-time of the end, like `startsAt` (on the next day when the slot runs past midnight); null without a date or an end time.',
        },
        durationMinutes: {
          type: NULLABLE_INTEGER,
          minimum: 0,
          description: 'Length of the slot in minutes, from its start and end or as stated (`(45 min)`); null when unknown.',
        },
        title: {
          type: 'string',
          description: 'What happens in the slot: the talk title, `Break`, `Doors open` …',
        },
        speakers: {
          type: 'array',
          description: 'Names of the people who speak in this slot (from the line itself, else from its linked talk).',
          items: { type: 'string', description: 'A speaker\'s name.' },
        },
        links: {
          type: 'array',
          description: 'The Markdown links written in the item\'s line or table row (`[Rust Night](https://…)`), in order; their text stays in the title.',
          items: { $ref: '#/$defs/Link' },
        },
        kind: {
          $ref: '#/$defs/AgendaKind',
          description: 'What kind of slot this is: `talk` when it has a speaker or a linked talk, otherwise read from the title.',
        },
        talk: {
          type: NULLABLE_INTEGER,
          description: 'Number of the linked talk in `talks`, or null.',
        },
        placeholder: {
          type: 'boolean',
          description: 'True when the title or speaker is a placeholder such as `TBD`, `TBA`, `未定`, `Segunda charla`.',
        },
        text: {
          type: 'string',
          description: 'The agenda line as written (markup, template tags and entities removed): `19:00 - 19:45 - Speaker: Title`.',
        },
        line: {
          type: 'integer',
          description: '1-based source line.',
        },
      },
      required: [
        'start', 'end', 'openEnd', 'approximate', 'startsAt', 'endsAt', 'durationMinutes', 'title', 'speakers', 'links',
        'kind', 'talk', 'placeholder', 'text', 'line',
      ],
      additionalProperties: false,
    },

    AgendaKind: {
      type: 'string',
      enum: ['talk', 'welcome', 'break', 'social', 'end', 'other'],
      description: 'The kinds of agenda item: `talk`, `welcome` (doors open, intro), `break`, `social` (networking, drinks), `end`, or `other`.',
    },

    Talk: {
      type: 'object',
      description: 'A talk, with what the notes say about it.',
      properties: {
        number: {
          type: 'integer',
          description: 'The talk\'s number, as the notes give it (`Talk 2`) or counted in order; agenda items and speakers refer to it.',
        },
        title: {
          type: 'string',
          description: 'The title of the talk.',
        },
        speakers: {
          type: 'array',
          description: 'Names of the people who give the talk.',
          items: { type: 'string', description: 'A speaker\'s name.' },
        },
        links: {
          type: 'array',
          description:
            'The Markdown links written in the talk\'s title line (`Talk #1: [Rust Night](https://…)`, a `Title:` field) and in the agenda line that names it, ' +
            'each once; not the links of its abstract.',
          items: { $ref: '#/$defs/Link' },
        },
        abstract: {
          type: NULLABLE_STRING,
          description: 'The abstract, its lines as written and paragraphs separated by a blank line; null when the notes give none.',
        },
        line: {
          type: 'integer',
          description: '1-based source line where the talk is introduced.',
        },
      },
      required: ['number', 'title', 'speakers', 'links', 'abstract', 'line'],
      additionalProperties: false,
    },

    Speaker: {
      type: 'object',
      description: 'A person who speaks at the meetup.',
      properties: {
        name: {
          type: 'string',
          description: 'The speaker\'s name, as written.',
        },
        affiliation: {
          type: NULLABLE_STRING,
          description: 'The company or group the speaker is with (`Jonas Weber (Nordwind GmbH)`); null when not said.',
        },
        bio: {
          type: NULLABLE_STRING,
          description: 'The speaker\'s bio; null when the notes give none.',
        },
        links: {
          type: 'array',
          description: 'The speaker\'s links (profiles, homepages), labelled as in the notes.',
          items: { $ref: '#/$defs/Link' },
        },
        talks: {
          type: 'array',
          description: 'Numbers of the talks this person gives.',
          items: { type: 'integer', description: 'A talk\'s `number`.' },
        },
        line: {
          type: 'integer',
          minimum: 1,
          description: '1-based source line where the speaker is first named: their bio\'s name line, else their talk or agenda item.',
        },
      },
      required: ['name', 'affiliation', 'bio', 'links', 'talks', 'line'],
      additionalProperties: false,
    },

    Link: {
      type: 'object',
      description: 'A link found in the notes; `url` is null when only a label (e.g. "LinkedIn") is given.',
      properties: {
        label: {
          type: 'string',
          description: 'What the link is called in the notes (`GitHub`, or the key of the detail it came from).',
        },
        url: {
          type: NULLABLE_STRING,
          description: 'The address as written (`https://` added to a bare `www.` address); null when only the label is given.',
        },
      },
      required: ['label', 'url'],
      additionalProperties: false,
    },

    Section: {
      type: 'object',
      description: 'One of the author\'s own sections: its heading and its Markdown source.',
      properties: {
        heading: {
          type: 'string',
          description: 'The section\'s heading, as written.',
        },
        markdown: {
          type: 'string',
          description: 'The section\'s Markdown source as written, without its heading.',
        },
      },
      required: ['heading', 'markdown'],
      additionalProperties: false,
    },
  },
} as const;

/** The schema's type, for code that wants to read it (e.g. `MeetupSchema['$defs']['Meetup']['required']`). */
export type MeetupSchema = typeof MEETUP_SCHEMA;
