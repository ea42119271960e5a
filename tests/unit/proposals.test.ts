import { describe, expect, it } from 'vitest';
import { clampTransfer, sharesAfterTransfer } from '../../src/charts/proposals/proposals.data';
import { fontSizes, layoutProposals } from '../../src/charts/proposals/proposals.layout';
import { estimateTextWidth, layoutWidths } from '../../src/charts/text';
import { proposalFixture } from './fixtures';

const [usPlan, ukrainePlan] = proposalFixture.proposals;
const stakes = (shares: { party: string; percent: number }[]) => Object.fromEntries(shares.map((s) => [s.party, s.percent]));

describe('sharesAfterTransfer', () => {
  it.each([
    [0, { us: 50, ukraine: 50, russia: 0 }],
    [10, { us: 40, ukraine: 50, russia: 10 }],
    [50, { us: 0, ukraine: 50, russia: 50 }],
    [80, { us: 0, ukraine: 50, russia: 50 }],
    [-5, { us: 50, ukraine: 50, russia: 0 }],
    [Number.NaN, { us: 50, ukraine: 50, russia: 0 }],
  ])('Ukraine plan with %d passed', (passed, expected) => {
    expect(stakes(sharesAfterTransfer(ukrainePlan, passed))).toEqual(expected);
  });

  it('leaves a plan without a transfer unchanged', () => {
    expect(stakes(sharesAfterTransfer(usPlan, 30))).toEqual({ us: 33.34, ukraine: 33.33, russia: 33.33 });
  });

  it.each([0, 12, 37.5, 50])('keeps the total at 100 with %d passed', (passed) => {
    const total = sharesAfterTransfer(ukrainePlan, passed).reduce((sum, s) => sum + s.percent, 0);
    expect(total).toBeCloseTo(100, 6);
  });

  it.each([
    [20, 50, 20],
    [70, 50, 50],
    [-1, 50, 0],
    [Number.POSITIVE_INFINITY, 50, 0],
  ])('clampTransfer(%d, %d) = %d', (value, max, expected) => {
    expect(clampTransfer(value, max)).toBe(expected);
  });
});

describe('layoutProposals', () => {
  const cases = Object.values(layoutWidths).flatMap((width) => [0, 1, 25, 49, 50].map((passed) => ({ width, passed })));

  it.each(cases)('at $width px with $passed passed: segments fill the bar and labels stay inside', ({ width, passed }) => {
    const layout = layoutProposals(proposalFixture, width, passed);
    expect(layout.width).toBe(width);
    for (const row of layout.rows) {
      const total = row.segments.reduce((sum, s) => sum + s.width, 0);
      expect(total).toBeCloseTo(width, 6);
      for (const label of row.labels) {
        const w = Math.max(estimateTextWidth(label.name, fontSizes.label, 'bold'), estimateTextWidth(label.value, fontSizes.label));
        const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
        expect(left).toBeGreaterThanOrEqual(-0.01);
        expect(left + w).toBeLessThanOrEqual(width + 0.01);
        expect(label.y).toBeLessThan(layout.height);
      }
      for (const line of [...row.title, ...row.lines]) expect(line.y).toBeLessThan(layout.height);
    }
  });

  it('labels each party of the adjustable plan, Russia included, with its share', () => {
    const row = layoutProposals(proposalFixture, layoutWidths.narrow, 10).rows[1];
    expect(row.labels.map((l) => `${l.name} ${l.value}`)).toEqual(['US 40%', 'Ukraine 50%', 'Russia 10%']);
  });

  it('shows the US plan as three near-equal thirds', () => {
    const row = layoutProposals(proposalFixture, 600, 0).rows[0];
    expect(row.segments.map((s) => Math.round(s.width))).toEqual([200, 200, 200]);
  });

  it('puts labels that would collide on separate lines', () => {
    const row = layoutProposals(proposalFixture, layoutWidths.narrow, 1).rows[1];
    const ys = new Set(row.labels.map((l) => l.y));
    expect(ys.size).toBeGreaterThan(1);
  });

  it('uses no font smaller than 12 px, and its narrowest layout fits a 320 px screen minus page padding', () => {
    expect(Math.min(...Object.values(fontSizes))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...Object.values(layoutWidths))).toBeLessThanOrEqual(320 - 2 * 16);
  });
});
