import type { Locale } from '../content/schema';

// Intl formatters are costly to build; one per locale and option set is enough.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const intlLocale: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const NBSP = '\u00a0';

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale[locale], options)));
  return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', ...options })));
  return f;
}

/** Format a number for a locale: 5.700 (de) / 5,700 (en), with at most `digits` decimals. */
export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Format a number with a unit, joined by a no-break space: "5.700 MW" / "5,700 MW". */
export function formatQuantity(locale: Locale, value: number, unit: string, digits = 0): string {
  return `${formatNumber(locale, value, digits)}${NBSP}${unit}`;
}

/** Format a percentage given as 0–100: "33,3 %" (de) / "33.3%" (en). */
export function formatPercent(locale: Locale, percent: number, digits = 0): string {
  const number = formatNumber(locale, percent, digits);
  // German style puts a space before the percent sign, English does not.
  return locale === 'de' ? `${number}${NBSP}%` : `${number}%`;
}

/** Format an ISO date ("2026-07-01" or "2022-09") for a locale: "1. Juli 2026" / "1 July 2026", "September 2022". */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined
    ? dateFormat(locale, { year: 'numeric', month: 'long' }).format(date)
    : dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
