import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatCsv } from '../../src/format/csv.js';
import type { FormatContext } from '../../src/format/context.js';
import { parseMeetup, type AgendaItem, type Meetup } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

const load = (name: string): Meetup => parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name }).meetup!;
const plain: FormatContext = { color: false, width: 80 };
const basic = load('basic.md');
const HEADER = 'start,end,minutes,kind,title,speakers\r\n';

/** basic.md with one agenda item: the 19:00 talk, with the given changes. */
function withItem(changes: Partial<AgendaItem>): Meetup {
  return { ...basic, agenda: [{ ...basic.agenda[1]!, ...changes }] };
}

/** The CSV of one item, without the header row. */
function row(changes: Partial<AgendaItem>): string {
  const csv = formatCsv([withItem(changes)], plain);
  expect(csv.startsWith(HEADER)).toBe(true);
  return csv.slice(HEADER.length);
}

/**
 * A strict RFC 4180 reader: every record ends with CRLF, quoted fields may hold anything with `"`
 * doubled, unquoted fields may hold neither `"` nor CR nor LF. Throws on anything else.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else value += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
          value += text[i++];
        }
      }
      record.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`record not ended by CRLF at ${i}`);
    }
    rows.push(record);
  }
  return rows;
}

describe('the CSV agenda', () => {
  it('writes basic.md as a header row and one CRLF-ended record per agenda item', () => {
    expect(formatCsv([basic], plain)).toBe(
      'start,end,minutes,kind,title,speakers\r\n' +
        '18:30,19:00,30,welcome,"Doors open, snacks and drinks",\r\n' +
        '19:00,19:40,40,talk,Streaming joins without tears,Mara Vogt\r\n' +
        '19:40,20:00,20,break,Break,\r\n' +
        '20:00,20:35,35,talk,Lakehouse tables in practice,Jonas Weber\r\n' +
        '20:35,,,social,Beer & networking,\r\n',
    );
  });

  it('writes the items of every meetup in order, under one header, each row naming its meetup', () => {
    expect(formatCsv([load('no-zone.md'), basic], plain)).toBe(
      'date,meetup,start,end,minutes,kind,title,speakers,source\r\n' +
        '2023-12-05,Remote Testing Circle #9,17:00,17:45,45,talk,Property-based testing in practice,Ana Lima,no-zone.md\r\n' +
        '2023-12-05,Remote Testing Circle #9,17:45,18:00,15,end,Wrap-up,,no-zone.md\r\n' +
        '2024-05-16,Leipzig Data Engineering Meetup #7,18:30,19:00,30,welcome,"Doors open, snacks and drinks",,basic.md\r\n' +
        '2024-05-16,Leipzig Data Engineering Meetup #7,19:00,19:40,40,talk,Streaming joins without tears,Mara Vogt,basic.md\r\n' +
        '2024-05-16,Leipzig Data Engineering Meetup #7,19:40,20:00,20,break,Break,,basic.md\r\n' +
        '2024-05-16,Leipzig Data Engineering Meetup #7,20:00,20:35,35,talk,Lakehouse tables in practice,Jonas Weber,basic.md\r\n' +
        '2024-05-16,Leipzig Data Engineering Meetup #7,20:35,,,social,Beer & networking,,basic.md\r\n',
    );
  });

  it('writes only the header when there are no agenda items', () => {
    expect(formatCsv([], plain)).toBe(HEADER);
    expect(formatCsv([{ ...basic, agenda: [] }], plain)).toBe(HEADER);
  });

  it('writes an item without times as empty fields', () => {
    expect(row({ start: null, end: null, durationMinutes: null, title: 'Lightning talks', speakers: [] })).toBe(',,,talk,Lightning talks,\r\n');
  });
});

describe('quoting in the CSV agenda', () => {
  it('joins speakers with a comma and a space, and so quotes them', () => {
    expect(row({ speakers: ['Ann Lee', 'Bo Chen'] })).toBe('19:00,19:40,40,talk,Streaming joins without tears,"Ann Lee, Bo Chen"\r\n');
  });

  it('quotes a field with a comma', () => {
    expect(row({ title: 'Joins, windows and watermarks' })).toBe('19:00,19:40,40,talk,"Joins, windows and watermarks",Mara Vogt\r\n');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(row({ title: 'Why "exactly once" is a lie', speakers: ['Mara "MV" Vogt'] })).toBe(
      '19:00,19:40,40,talk,"Why ""exactly once"" is a lie","Mara ""MV"" Vogt"\r\n',
    );
  });

  it('keeps line breaks as written inside a quoted field', () => {
    expect(row({ title: 'Part one\nPart two' })).toBe('19:00,19:40,40,talk,"Part one\nPart two",Mara Vogt\r\n');
    expect(row({ title: 'Part one\r\nPart two' })).toBe('19:00,19:40,40,talk,"Part one\r\nPart two",Mara Vogt\r\n');
    expect(row({ title: 'Part one\rPart two' })).toBe('19:00,19:40,40,talk,"Part one\rPart two",Mara Vogt\r\n');
  });

  it('leaves a tab, a semicolon or an apostrophe inside a field unquoted', () => {
    expect(row({ title: "a\tb; it's fine" })).toBe("19:00,19:40,40,talk,a\tb; it's fine,Mara Vogt\r\n");
  });
});

describe('formula neutralisation in the CSV agenda', () => {
  const starts = [
    ['=', '=1+2', "'=1+2"],
    ['+', '+1+2', "'+1+2"],
    ['-', '-1+2', "'-1+2"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+2', "'\t=1+2"],
    ['CR', '\r=1+2', `"'\r=1+2"`],
  ] as const;

  it.each(starts)('prefixes a title starting with %s with a single quote', (_name, title, cell) => {
    expect(row({ title })).toBe(`19:00,19:40,40,talk,${cell},Mara Vogt\r\n`);
  });

  it.each(starts)('prefixes a speaker cell starting with %s with a single quote', (_name, speaker, cell) => {
    expect(row({ speakers: [speaker] })).toBe(`19:00,19:40,40,talk,Streaming joins without tears,${cell}\r\n`);
  });

  it('prefixes first, then quotes a formula that needs quoting', () => {
    expect(row({ title: '=HYPERLINK("https://evil.example","click")' })).toBe(
      `19:00,19:40,40,talk,"'=HYPERLINK(""https://evil.example"",""click"")",Mara Vogt\r\n`,
    );
  });

  it('prefixes a formula read from the notes themselves', () => {
    const notes = [
      '# 20240516 Formula Night',
      '',
      '## Agenda',
      '',
      "19:00 - 19:30 - =cmd|' /C calc'!A0",
      '19:30 - 20:00 - Ann Lee: +2 reasons to test',
      '20:00 - 20:30 - @channel: wrap-up',
      '',
    ].join('\n');
    const csv = formatCsv(parseMeetup(notes, { source: 'formula.md' }).meetups, plain);
    expect(csv).toBe(
      'start,end,minutes,kind,title,speakers\r\n' +
        "19:00,19:30,30,other,'=cmd|' /C calc'!A0,\r\n" +
        "19:30,20:00,30,talk,'+2 reasons to test,Ann Lee\r\n" +
        "20:00,20:30,30,end,'@channel: wrap-up,\r\n",
    );
  });

  it('leaves a cell alone when the sign is not its first character', () => {
    expect(row({ title: 'A = B', speakers: ['Ann Lee', '=Bo'] })).toBe('19:00,19:40,40,talk,A = B,"Ann Lee, =Bo"\r\n');
  });

  it('writes a negative number of minutes as a number, without the prefix', () => {
    expect(row({ durationMinutes: -5 })).toBe('19:00,19:40,-5,talk,Streaming joins without tears,Mara Vogt\r\n');
  });
});

describe('control characters in the CSV agenda', () => {
  it('replaces control characters other than tab, CR and LF with U+FFFD', () => {
    expect(row({ title: '\u001b[31mred\u001b[0m \u0000\u0007\u007f\u009b end' })).toBe(
      '19:00,19:40,40,talk,\uFFFD[31mred\uFFFD[0m \uFFFD\uFFFD\uFFFD\uFFFD end,Mara Vogt\r\n',
    );
  });

  it('keeps bidi marks and other visible Unicode as they are, but not bidi overrides and isolates', () => {
    expect(row({ title: 'שלום \u200f\u202eabc\u2066 東京 🦀' })).toBe('19:00,19:40,40,talk,שלום \u200f\uFFFDabc\uFFFD 東京 🦀,Mara Vogt\r\n');
  });
});

describe('reading the CSV agenda back', () => {
  it('gives back the rows of basic.md', () => {
    expect(readCsv(formatCsv([basic], plain))).toEqual([
      ['start', 'end', 'minutes', 'kind', 'title', 'speakers'],
      ['18:30', '19:00', '30', 'welcome', 'Doors open, snacks and drinks', ''],
      ['19:00', '19:40', '40', 'talk', 'Streaming joins without tears', 'Mara Vogt'],
      ['19:40', '20:00', '20', 'break', 'Break', ''],
      ['20:00', '20:35', '35', 'talk', 'Lakehouse tables in practice', 'Jonas Weber'],
      ['20:35', '', '', 'social', 'Beer & networking', ''],
    ]);
  });

  it('gives back awkward values, with the quote prefix on neutralised cells', () => {
    const meetup = {
      ...basic,
      agenda: [
        { ...basic.agenda[1]!, title: 'Say "hi",\r\nthen\nleave\r', speakers: ['=SUM(1,2)', 'Bo "B" Chen'] },
        { ...basic.agenda[2]!, title: '\r\n-- break --', speakers: [] },
        { ...basic.agenda[3]!, title: '', speakers: ['@Ann'] },
      ],
    };
    expect(readCsv(formatCsv([meetup], plain))).toEqual([
      ['start', 'end', 'minutes', 'kind', 'title', 'speakers'],
      ['19:00', '19:40', '40', 'talk', 'Say "hi",\r\nthen\nleave\r', '\'=SUM(1,2), Bo "B" Chen'],
      ['19:40', '20:00', '20', 'break', "'\r\n-- break --", ''],
      ['20:00', '20:35', '35', 'talk', '', "'@Ann"],
    ]);
  });

  it('gives back any title and speakers made of awkward pieces', () => {
    const piece = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', '"', '""', "'", ' ', 'a', 'é', '東京', '🦀');
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const neutralised = (s: string): string => (/^[=+\-@\t\r]/u.test(s) ? `'${s}` : s);
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, speakers: fc.array(text, { maxLength: 3 }) }), { maxLength: 5 }), (items) => {
        const meetup = { ...basic, agenda: items.map((it) => ({ ...basic.agenda[1]!, ...it })) };
        const rows = readCsv(formatCsv([meetup], plain));
        expect(rows).toEqual([
          ['start', 'end', 'minutes', 'kind', 'title', 'speakers'],
          ...items.map((it) => ['19:00', '19:40', '40', 'talk', neutralised(it.title), neutralised(it.speakers.join(', '))]),
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
