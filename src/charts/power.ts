// Power units for charts: MW, GW and kW are power (DESIGN.md, units), so values are kept in watts and only
// turned into a unit when they are written out.
import type { Locale } from '../content/vocabulary';
import { formatQuantity } from '../i18n/format';

const wattsPerUnit: Record<string, number> = { W: 1, kW: 1e3, MW: 1e6, GW: 1e9 };
const energyUnitsPerYear: Record<string, number> = { 'TWh/yr': 1e12, 'GWh/yr': 1e9, 'MWh/yr': 1e6 };
// Largest first: a value is written in the largest unit it reaches at least once of.
const units = Object.entries(wattsPerUnit).sort((a, b) => b[1] - a[1]);

/** A power in watts, from a value in W, kW, MW or GW; any other unit fails the build with its name. */
export function toWatts(value: number, unit: string): number {
  const factor = wattsPerUnit[unit];
  if (factor === undefined) throw new Error(`"${unit}" is not a unit of power (expected ${Object.keys(wattsPerUnit).join(', ')})`);
  return value * factor;
}

/** The average power in watts of an energy per year (e.g. 138 TWh/yr) spread over the hours of the year. */
export function averageWatts(energyPerYear: number, unit: string, hoursPerYear: number): number {
  const wattHours = energyUnitsPerYear[unit];
  if (wattHours === undefined) throw new Error(`"${unit}" is not an energy per year (expected ${Object.keys(energyUnitsPerYear).join(', ')})`);
  return (energyPerYear * wattHours) / hoursPerYear;
}

/** The unit a power is best written in (kW for 33,000 W, GW for 5.7e9 W), with its size in watts. */
export function powerUnit(watts: number): { unit: string; watts: number } {
  const [unit, factor] = units.find(([, f]) => Math.abs(watts) >= f) ?? units[units.length - 1];
  return { unit, watts: factor };
}

/** Format a power in watts in its best unit for a locale: "33 kW", "5,7 GW" (de) / "5.7 GW" (en). */
export function formatPower(locale: Locale, watts: number, digits = 1): string {
  const { unit, watts: factor } = powerUnit(watts);
  return formatQuantity(locale, watts / factor, unit, digits);
}
