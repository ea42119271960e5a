import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { readContentDir } from '../../src/content/read';
import { ContentError, validateContent, type RawContent } from '../../src/content/validate';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const real = readContentDir(contentDir);

/** A copy of the real content with one data file changed. */
function withChange(file: string, change: (value: any) => void): RawContent {
  const value = parse(real[file]);
  change(value);
  return { ...real, [file]: stringify(value) };
}

function problemsOf(raw: RawContent): string[] {
  try {
    validateContent(raw);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the real content', () => {
  it('passes validation, references included', () => {
    expect(problemsOf(real)).toEqual([]);
  });

  it('has every chapter in both languages', () => {
    const { chapters } = validateContent(real);
    const ids = (lang: string) => chapters.filter((c) => c.lang === lang).map((c) => c.chapter);
    expect(ids('de')).toEqual(ids('en'));
    expect(ids('de')).toHaveLength(4);
  });
});

describe('bad content fails with a message naming file, entry and field', () => {
  const cases: { name: string; raw: () => RawContent; expected: RegExp }[] = [
    {
      name: 'an unknown source id',
      raw: () => withChange('data/claims.yaml', (claims) => (claims[0].sources = ['no-such-source'])),
      expected: /content\/data\/claims\.yaml: entry "[a-z0-9-]+" → field "sources\[0\]": unknown source id "no-such-source"/,
    },
    {
      name: 'an unknown status',
      raw: () => withChange('data/claims.yaml', (claims) => (claims[0].status = 'probably-true')),
      expected: /content\/data\/claims\.yaml: entry "[a-z0-9-]+" → field "status": Invalid option/,
    },
    {
      name: 'a proposal whose shares do not sum to 100',
      raw: () => withChange('data/proposals.yaml', (proposals) => (proposals[0].shares = proposals[0].shares.map((s: any) => ({ ...s, percent: 33 })))),
      expected: /content\/data\/proposals\.yaml: entry "[a-z0-9-]+" → field "shares": shares must add up to 100 \(± 0\.5\)/,
    },
    {
      name: 'an invalid date',
      raw: () => withChange('data/timeline.yaml', (events) => (events[0].date = '2025-02-30')),
      expected: /content\/data\/timeline\.yaml: entry "[a-z0-9-]+" → field "date": is not a real calendar date/,
    },
    {
      name: 'a date in the wrong format',
      raw: () => withChange('data/site.yaml', (site) => (site.lastReviewed = '21.11.2026')),
      expected: /content\/data\/site\.yaml: field "lastReviewed": must be a date written YYYY-MM-DD/,
    },
    {
      name: 'a claim without a source',
      raw: () => withChange('data/claims.yaml', (claims) => (claims[0].sources = [])),
      expected: /content\/data\/claims\.yaml: entry "[a-z0-9-]+" → field "sources": a claim needs at least one source/,
    },
    {
      name: 'a correction for a chapter that does not exist',
      raw: () => withChange('data/corrections.yaml', (corrections) => (corrections[0].chapters = ['chapter-five'])),
      expected: /content\/data\/corrections\.yaml: entry "[a-z0-9-]+" → field "chapters\[0\]": unknown chapter id "chapter-five"/,
    },
    {
      name: 'a missing translation',
      raw: () => withChange('data/claims.yaml', (claims) => delete claims[0].text.en),
      expected: /content\/data\/claims\.yaml: entry "[a-z0-9-]+" → field "text\.en"/,
    },
    {
      name: 'a duplicate id',
      raw: () => withChange('data/sources.yaml', (sources) => sources.push({ ...sources[0] })),
      expected: /content\/data\/sources\.yaml: entry "[a-z0-9-]+": id is used more than once/,
    },
    {
      name: 'a chapter missing in one language',
      raw: () => Object.fromEntries(Object.entries(real).filter(([file]) => !/^chapters\/en\/.*plant|^chapters\/en\/the-plant/.test(file) && !(file.startsWith('chapters/en/') && real[file].includes('chapter: plant')))),
      expected: /content\/chapters\/en\/: chapter "plant" has no en file/,
    },
    {
      name: 'a field no schema knows',
      raw: () => withChange('data/sources.yaml', (sources) => (sources[0].publishedBy = 'someone')),
      expected: /content\/data\/sources\.yaml: entry "[a-z0-9-]+": Unrecognized key: "publishedBy"/,
    },
  ];

  it.each(cases)('$name', ({ raw, expected }) => {
    const problems = problemsOf(raw());
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });
});
