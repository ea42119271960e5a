// Checks of the built embeds, downloads and sharing metadata (dist/), against the registry and content data.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { charts } from '../../src/charts/registry';
import { data } from '../../src/content';
import { locales } from '../../src/content/vocabulary';
import { embedCode, embedPath } from '../../src/embed/code';
import { downloadPath } from '../../src/embed/downloads';
import { hostScriptName } from '../../src/embed/host-script';
import committed from '../fixtures/charts.json';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');

/** A small RFC 4180 parser: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('chart ids and embed addresses', () => {
  it('stay the same as the committed list (a renamed chart breaks publishers’ embeds)', () => {
    expect(charts.map((c) => c.id).sort()).toEqual([...committed.charts].sort());
    for (const id of committed.charts) for (const l of locales) expect(embedPath(id, l)).toBe(`embed/${l}/${id}/`);
  });

  it.each(charts.flatMap((c) => locales.map((l) => [c.id, l])))('%s (%s) has an embed page and oEmbed JSON', (id, locale) => {
    expect(existsSync(`${dist}${embedPath(id, locale as 'de')}index.html`)).toBe(true);
    const oembed = JSON.parse(read(`${embedPath(id, locale as 'de')}oembed.json`));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: expect.any(Number), height: expect.any(Number) });
    expect(oembed.html).toContain(`/embed/${locale}/${id}/`);
  });
});

describe('the host script', () => {
  const script = read(hostScriptName);

  it('is at most 1.5 KB gzip', () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(1536);
  });

  it('matches the integrity hash in every embed code', () => {
    const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
    const code = embedCode({ chartId: charts[0].id, locale: 'de', title: 'x', site: 'http://localhost:4321', base: '/' }).withHost;
    expect(code).toContain(`integrity="${integrity}"`);
    expect(read(`embed/de/${charts[0].id}/oembed.json`)).toContain(integrity);
  });
});

describe.each(charts.flatMap((c) => locales.map((l) => [c, l] as const)))('downloads of %s', (chart, locale) => {
  const dataset = chart.dataset(locale);

  it(`CSV (${locale}) parses, has the documented columns, and holds the chart's data`, () => {
    const text = read(downloadPath(chart.id, locale, 'csv'));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(dataset.columns.map((c) => c.key));
    expect(rows).toEqual(dataset.rows.map((r) => dataset.columns.map((c) => (r[c.key] === null ? '' : String(r[c.key])))));
    for (const column of dataset.columns) expect(column.description.length).toBeGreaterThan(10);
  });

  it(`JSON (${locale}) documents its columns, source, date and licence`, () => {
    const json = JSON.parse(read(downloadPath(chart.id, locale, 'json')));
    expect(json).toMatchObject({ chart: chart.id, asOf: chart.asOf, licence: { name: expect.any(String) } });
    expect(json.columns).toEqual(dataset.columns);
    expect(json.rows).toEqual(dataset.rows);
  });
});

describe('the proposals CSV equals content/data/proposals.yaml', () => {
  it.each(locales)('%s', (locale) => {
    const [header, ...rows] = parseCsv(read(downloadPath('ownership-proposals', locale, 'csv')));
    const at = (name: string) => header.indexOf(name);
    const fromData = data['proposals.yaml'].flatMap((p) => p.shares.map((s) => [p.id, s.party, s.percent]));
    expect(rows.map((r) => [r[at('proposal')], r[at('party')], Number(r[at('share_percent')])])).toEqual(fromData);
  });
});

describe('sharing metadata', () => {
  it.each([['index.html'], ['en/index.html'], ['kraftwerk/index.html'], ['en/the-plant/index.html']])('%s has Open Graph and Twitter tags and an existing image', (file) => {
    const html = read(file);
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'og:locale']) expect(html).toContain(`property="${property}"`);
    expect(html).toContain('name="twitter:card" content="summary_large_image"');
    const image = /property="og:image" content="([^"]+)"/.exec(html)![1];
    expect(existsSync(`${dist}${new URL(image).pathname.slice(1)}`)).toBe(true);
  });

  it('chapter pages link the oEmbed JSON of each of their charts', () => {
    const html = read('kraftwerk/index.html');
    expect(html).toContain('type="application/json+oembed" href="http://localhost:4321/embed/de/ownership-proposals/oembed.json"');
  });
});
