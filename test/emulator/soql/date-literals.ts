/** A span of time [start, end) in epoch milliseconds, UTC. */
export type TimeRange = { start: number; end: number };

const DAY = 86_400_000;

const startOfDay = (now: Date): number => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
const monthStart = (now: Date, offset: number): number => Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1);
const yearStart = (now: Date, offset: number): number => Date.UTC(now.getUTCFullYear() + offset, 0, 1);
const quarterStart = (now: Date, offset: number): number => Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 + offset * 3, 1);
/** Weeks start on Sunday, as in the en_US locale (the org's locale decides in Salesforce: unverified here). */
const weekStart = (now: Date, offset: number): number => startOfDay(now) - now.getUTCDay() * DAY + offset * 7 * DAY;

/**
 * The range a date literal stands for, relative to now, in UTC
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm:
 * LAST_N_DAYS:n includes today and the n days before it; NEXT_N_DAYS:n starts tomorrow). Fiscal literals are
 * read as calendar ones, and the org's time zone as UTC (both unverified). Undefined for an unknown literal.
 */
export const dateLiteralRange = (literal: string, n: number | undefined, now: Date): TimeRange | undefined => {
  const today = startOfDay(now);
  const count = n ?? 0;
  const name = literal.replace(/_FISCAL/, '').replace(/:.*$/, '');
  const ranges: Record<string, () => TimeRange> = {
    YESTERDAY: () => ({ start: today - DAY, end: today }),
    TODAY: () => ({ start: today, end: today + DAY }),
    TOMORROW: () => ({ start: today + DAY, end: today + 2 * DAY }),
    LAST_WEEK: () => ({ start: weekStart(now, -1), end: weekStart(now, 0) }),
    THIS_WEEK: () => ({ start: weekStart(now, 0), end: weekStart(now, 1) }),
    NEXT_WEEK: () => ({ start: weekStart(now, 1), end: weekStart(now, 2) }),
    LAST_MONTH: () => ({ start: monthStart(now, -1), end: monthStart(now, 0) }),
    THIS_MONTH: () => ({ start: monthStart(now, 0), end: monthStart(now, 1) }),
    NEXT_MONTH: () => ({ start: monthStart(now, 1), end: monthStart(now, 2) }),
    LAST_90_DAYS: () => ({ start: today - 90 * DAY, end: today + DAY }),
    NEXT_90_DAYS: () => ({ start: today + DAY, end: today + 91 * DAY }),
    LAST_QUARTER: () => ({ start: quarterStart(now, -1), end: quarterStart(now, 0) }),
    THIS_QUARTER: () => ({ start: quarterStart(now, 0), end: quarterStart(now, 1) }),
    NEXT_QUARTER: () => ({ start: quarterStart(now, 1), end: quarterStart(now, 2) }),
    LAST_YEAR: () => ({ start: yearStart(now, -1), end: yearStart(now, 0) }),
    THIS_YEAR: () => ({ start: yearStart(now, 0), end: yearStart(now, 1) }),
    NEXT_YEAR: () => ({ start: yearStart(now, 1), end: yearStart(now, 2) }),
    LAST_N_DAYS: () => ({ start: today - count * DAY, end: today + DAY }),
    NEXT_N_DAYS: () => ({ start: today + DAY, end: today + (count + 1) * DAY }),
    N_DAYS_AGO: () => ({ start: today - count * DAY, end: today - (count - 1) * DAY }),
    LAST_N_WEEKS: () => ({ start: weekStart(now, -count), end: weekStart(now, 0) }),
    NEXT_N_WEEKS: () => ({ start: weekStart(now, 1), end: weekStart(now, count + 1) }),
    N_WEEKS_AGO: () => ({ start: weekStart(now, -count), end: weekStart(now, 1 - count) }),
    LAST_N_MONTHS: () => ({ start: monthStart(now, -count), end: monthStart(now, 0) }),
    NEXT_N_MONTHS: () => ({ start: monthStart(now, 1), end: monthStart(now, count + 1) }),
    N_MONTHS_AGO: () => ({ start: monthStart(now, -count), end: monthStart(now, 1 - count) }),
    LAST_N_QUARTERS: () => ({ start: quarterStart(now, -count), end: quarterStart(now, 0) }),
    NEXT_N_QUARTERS: () => ({ start: quarterStart(now, 1), end: quarterStart(now, count + 1) }),
    N_QUARTERS_AGO: () => ({ start: quarterStart(now, -count), end: quarterStart(now, 1 - count) }),
    LAST_N_YEARS: () => ({ start: yearStart(now, -count), end: yearStart(now, 0) }),
    NEXT_N_YEARS: () => ({ start: yearStart(now, 1), end: yearStart(now, count + 1) }),
    N_YEARS_AGO: () => ({ start: yearStart(now, -count), end: yearStart(now, 1 - count) }),
  };
  return ranges[name]?.();
};

/** A day given as YYYY-MM-DD, as a range. */
export const dayRange = (date: string): TimeRange => {
  const start = Date.parse(`${date}T00:00:00Z`);
  return { start, end: start + DAY };
};
