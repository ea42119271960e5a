// Calendar dates for charts. Content dates are ISO strings ("2025-12-23", or "2022-09" where only the month is
// known); charts place them in UTC so a date never slips a day with the reader's time zone.

/** The UTC midnight of an ISO day ("2025-12-23") or of the first day of an ISO month ("2022-09"). */
export function parseIsoDate(iso: string): Date {
  const [y, m, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The calendar day a clock shows where the reader is, as "YYYY-MM-DD". */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether an ISO date lies after another (a month counts from its first day). */
export function isAfter(iso: string, reference: string): boolean {
  return parseIsoDate(iso).getTime() > parseIsoDate(reference).getTime();
}
