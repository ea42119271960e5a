import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../../src/i18n/format';

const nbsp = '\u00a0';

describe('locale formatting', () => {
  it.each([
    ['de', 5700, 0, '5.700'],
    ['en', 5700, 0, '5,700'],
    ['de', 325.71, 1, '325,7'],
    ['en', 325.71, 1, '325.7'],
    ['de', 300000, 0, '300.000'],
    ['en', 1628571, 0, '1,628,571'],
  ] as const)('formatNumber(%s, %d, %d) = %s', (locale, value, digits, expected) => {
    expect(formatNumber(locale, value, digits)).toBe(expected);
  });

  it.each([
    ['de', 5700, 'MW', `5.700${nbsp}MW`],
    ['en', 5700, 'MW', `5,700${nbsp}MW`],
  ] as const)('formatQuantity(%s, %d, %s)', (locale, value, unit, expected) => {
    expect(formatQuantity(locale, value, unit)).toBe(expected);
  });

  it.each([
    ['de', 33.333, 1, `33,3${nbsp}%`],
    ['en', 33.333, 1, '33.3%'],
    ['de', 50, 0, `50${nbsp}%`],
  ] as const)('formatPercent(%s, %d, %d)', (locale, value, digits, expected) => {
    expect(formatPercent(locale, value, digits)).toBe(expected);
  });

  it.each([
    ['de', '2026-07-01', '1. Juli 2026'],
    ['en', '2026-07-01', '1 July 2026'],
    ['de', '2022-09', 'September 2022'],
    ['en', '2031-03-15', '15 March 2031'],
    ['de', '2025-12-31', '31. Dezember 2025'],
  ] as const)('formatDate(%s, %s) = %s', (locale, iso, expected) => {
    expect(formatDate(locale, iso)).toBe(expected);
  });
});
