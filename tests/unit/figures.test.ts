import { describe, expect, it } from 'vitest';
import { figure, figureIds } from '../../src/content/figures';

const nbsp = '\u00a0';

// `npm run figures` prints this list: every id an author may use in <Fig id="…" />, with its value in both languages.
describe('named figures for prose', () => {
  it.each(figureIds.map((id) => [id, figure(id, 'de'), figure(id, 'en')]))('%s = %s | %s', (id, de, en) => {
    expect(de.length, id).toBeGreaterThan(0);
    expect(en.length, id).toBeGreaterThan(0);
  });

  it.each([
    ['plant-net-mw', `5.700${nbsp}MW`, `5,700${nbsp}MW`],
    ['znpp-hashrate-antminer-s21', `325,7${nbsp}EH/s`, `325.7${nbsp}EH/s`],
    ['znpp-share-after-antminer-s21', `23,3${nbsp}%`, '23.3%'],
    ['znpp-machines-antminer-s21', '1.628.571', '1,628,571'],
    ['znpp-energy-full', `49,9${nbsp}TWh pro Jahr`, `49.9${nbsp}TWh a year`],
    ['date-legal-base-due', '1. Juli 2026', '1 July 2026'],
    ['date-intermediary-liability', '1. Juli 2027', '1 July 2027'],
    ['retail-cap-rub', `300.000${nbsp}Rubel`, `300,000${nbsp}roubles`],
  ])('%s renders from the data as %s | %s', (id, de, en) => {
    expect(figure(id, 'de')).toBe(de);
    expect(figure(id, 'en')).toBe(en);
  });

  it('refuses an unknown id, naming the known ones', () => {
    expect(() => figure('plant-power', 'de')).toThrow(/Unknown figure id "plant-power". Known ids: plant-net-mw/);
  });
});
