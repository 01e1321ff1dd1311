import * as api from '../src/index.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['FORMATS', 'MEETUP_SCHEMA', 'formatMeetups', 'parseMeetup']);
  });

  it('parses notes without the CLI and formats them as JSON', () => {
    const { meetup, diagnostics } = api.parseMeetup('# 20240101 Test Meetup #1\n\n* host: Somewhere\n', { source: 'x.md' });
    expect(diagnostics).toEqual([]);
    expect(api.formatMeetups([meetup!], 'json', { color: false, width: 80 })).toBe(`${JSON.stringify(meetup, null, 2)}\n`);
  });
});

describe('the formatters', () => {
  it('are the same names for the library and for the CLI, which loads them lazily', async () => {
    const { FORMAT_LOADERS } = await import('../src/format/loaders.js');
    expect(Object.keys(FORMAT_LOADERS).sort()).toEqual(Object.keys(api.FORMATS).sort());
    for (const [name, load] of Object.entries(FORMAT_LOADERS)) {
      expect(await load()).toBe(api.FORMATS[name as keyof typeof api.FORMATS]);
    }
  });
});
