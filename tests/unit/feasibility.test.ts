import { describe, expect, it } from 'vitest';
import { energyTWh, evaluate, hashrateEH, machineCount, minersPowerMW, networkShare } from '../../src/lib/feasibility';

// Worked examples from the dossier (§5), which the site's figures must reproduce.
describe('feasibility arithmetic', () => {
  it.each([
    [5700, 17.5, 325.7],
    [5700, 13.5, 422.2],
    [5700, 15, 380.0],
    [5700, 28.2, 202.1],
    [minersPowerMW(5700, 1.1), 17.5, 296.1],
    [minersPowerMW(5700, 1.1), 13.5, 383.8],
  ])('%d MW at %d J/TH → %d EH/s', (mw, jth, eh) => {
    expect(hashrateEH(mw, jth)).toBeCloseTo(eh, 1);
  });

  it.each([
    [5700, 3500, 1_628_571],
    [5700, 3645, 1_563_786],
    [5700, 3510, 1_623_931],
    [minersPowerMW(5700, 1.1), 3500, 1_480_519],
  ])('%d MW of %d W machines → %d machines', (mw, watts, count) => {
    expect(machineCount(mw, watts)).toBe(count);
  });

  it.each([
    [325.7, 1070, 0.304, 0.233],
    [325.7, 1045, 0.312, 0.238],
    [422.2, 1070, 0.395, 0.283],
    [202.1, 1070, 0.189, 0.159],
  ])('%d EH/s against %d EH/s: %d of today, %d after joining', (x, n, today, after) => {
    const share = networkShare(x, n);
    expect(share.ofToday).toBeCloseTo(today, 3);
    expect(share.afterJoining).toBeCloseTo(after, 3);
    expect(share.afterJoining).toBeCloseTo(x / (n + x), 12);
  });

  it.each([
    [5700, 1, 49.932],
    [5700, 0.9, 44.9388],
    [5700, 0.8, 39.9456],
    [5700, 0.5868, 29.30],
    [0.033, 1, 0.000289],
  ])('%d MW at capacity factor %d → %d TWh a year', (mw, cf, twh) => {
    expect(energyTWh(mw, cf, 8760)).toBeCloseTo(twh, 2);
  });

  it('evaluates a whole scenario: six reactors, S21, no overhead, 1,070 EH/s', () => {
    const o = evaluate({ reactors: 6, unitNetMW: 950, joulesPerTerahash: 17.5, machineWatts: 3500, pue: 1, capacityFactor: 0.8, networkEH: 1070, hoursPerYear: 8760 });
    expect(o.plantMW).toBe(5700);
    expect(o.hashrateEH).toBeCloseTo(325.7, 1);
    expect(o.machines).toBe(1_628_571);
    expect(o.shareAfterJoining).toBeCloseTo(0.233, 3);
    expect(o.energyTWh).toBeCloseTo(39.95, 2);
  });

  it('yields nothing with no reactor online, and no machine count for a fleet average', () => {
    const o = evaluate({ reactors: 0, unitNetMW: 950, joulesPerTerahash: 28.2, pue: 1.1, capacityFactor: 0.8, networkEH: 1070, hoursPerYear: 8760 });
    expect([o.plantMW, o.hashrateEH, o.shareAfterJoining, o.energyTWh]).toEqual([0, 0, 0, 0]);
    expect(o.machines).toBeUndefined();
  });
});
