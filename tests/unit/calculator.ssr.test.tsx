import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import Calculator from '../../src/charts/calculator/Calculator';
import { calculatorData } from '../../src/charts/calculator/calculator.data';
import { layoutWidths } from '../../src/charts/text';
import { figure } from '../../src/content/figures';

// React escapes text as &#x27; or &quot;; the no-break spaces of units stay as they are.
const text = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\u00a0/g, ' ');

describe.each(['de', 'en'] as const)('Calculator rendered on the server (%s)', (locale) => {
  const data = calculatorData(locale);
  const html = renderToString(<Calculator data={data} />);

  it('draws one share bar per build-time width, each with an accessible name', () => {
    expect(html.match(/<svg/g)).toHaveLength(Object.keys(layoutWidths).length);
    for (const variant of Object.keys(layoutWidths)) expect(html).toContain(`chart-variant--${variant}`);
    expect(html.match(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/g)).toHaveLength(Object.keys(layoutWidths).length);
  });

  it('labels every control, links its hint, and disables it until hydrated', () => {
    const controls = [...html.matchAll(/<(input|select)\b[^>]*>/g)].map((m) => m[0]);
    expect(controls).toHaveLength(6);
    for (const control of controls) {
      const id = control.match(/\bid="([^"]+)"/)![1];
      expect(html).toContain(`for="${id}"`);
      expect(control).toMatch(/aria-describedby="[^"]+"/);
      expect(control).toMatch(/disabled=""/);
    }
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>/);
    for (const field of ['reactors', 'miner', 'jth', 'pue', 'cf', 'network'] as const) expect(text(html)).toContain(text(data.labels[field]));
  });

  it('shows the default network hashrate with its date and sources in the hint', () => {
    expect(text(html)).toContain(text(data.labels.networkHint));
    expect(data.labels.networkHint).toMatch(/2025/);
    expect(data.labels.networkHint).toMatch(/btc-newswire\.com, yellow\.com, miningnews\.live/);
  });

  it('starts at the chapter’s default figures, with the formulas beside the results', () => {
    expect(text(html)).toContain(text(figure('znpp-hashrate-pue-antminer-s21', locale)));
    expect(text(html)).toContain(text(figure('znpp-share-after-pue-antminer-s21', locale)));
    expect(html.match(/class="calculator__formula"/g)).toHaveLength(6);
    expect(html).toMatch(/<option value="antminer-s21" selected="">/);
  });

  it('announces results politely, and has an empty status region for notes about the address', () => {
    expect(html).toMatch(/<p class="visually-hidden" aria-live="polite">[^<]+<\/p>/);
    expect(html).toContain('<div role="status"></div>');
  });

  it('uses no inline style attribute and no raw HTML (the Content-Security-Policy blocks one, escaping the other)', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/);
  });
});
