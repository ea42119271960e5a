import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import ProposalComparison from '../../src/charts/proposals/ProposalComparison';
import { layoutWidths } from '../../src/charts/text';
import { proposalFixture } from './fixtures';

describe('ProposalComparison rendered on the server', () => {
  const html = renderToString(<ProposalComparison data={proposalFixture} />);

  it('draws one SVG per build-time width, each with an accessible name listing the stakes', () => {
    expect(html.match(/<svg/g)).toHaveLength(Object.keys(layoutWidths).length);
    for (const variant of Object.keys(layoutWidths)) expect(html).toContain(`chart-variant--${variant}`);
    expect(html).toMatch(/aria-label="US plan: consortium of three: US 33\.3%, Ukraine 33\.3%, Russia 33\.3%/);
  });

  it('starts at nothing passed to Russia, with the control labelled and disabled until hydrated', () => {
    expect(html).toMatch(/<label for="[^"]+">Part passed to Russia<\/label>/);
    expect(html).toMatch(/<input[^>]*type="range"[^>]*disabled=""/);
    expect(html).toMatch(/value="0"/);
    expect(html).toContain('Russia 0%');
  });

  it('announces the current state in a polite live region', () => {
    expect(html).toMatch(/aria-live="polite"[^>]*>Ukraine(&#x27;|')s plan with 0% passed to Russia: US 50%, Ukraine 50%, Russia 0%\./);
  });

  it('uses no inline style attribute (the Content-Security-Policy blocks them)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });
});
