/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, always in UTC.
 *
 * Every Date here is built with `Date.UTC` and read back with the `getUTC*`
 * accessors, so results never depend on the machine's time zone (a local
 * `new Date(y, m, d)` shifts by a day around midnight in some zones).
 */
import { SitrepError } from "../errors.js";

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1-12) and day of an ISO date. Throws on a malformed or impossible date. */
export function splitIso(date: string): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(date);
  if (!m) throw new SitrepError("DATES_E001", `not a YYYY-MM-DD date: "${date}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidYmd(year, month, day)) throw new SitrepError("DATES_E002", `impossible date: "${date}"`);
  return { year, month, day };
}

/** True when `date` is a well-formed, existing calendar date. */
export function isIsoDate(date: string): boolean {
  const m = ISO_RE.exec(date);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when year/month/day name an existing day ("2023-02-30" does not). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Formats year, month (1-12), day as `YYYY-MM-DD`. */
export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Milliseconds since the epoch of the UTC midnight starting `date`. */
export function utcMs(date: string): number {
  const { year, month, day } = splitIso(date);
  return Date.UTC(year, month - 1, day);
}

/** The ISO date of a UTC instant. */
export function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` shifted by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(utcMs(date) + days * DAY_MS);
}

/** `date` shifted by whole months, the day clamped to the target month ("2023-03-31" - 1 month = "2023-02-28"). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = splitIso(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIso(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday (JavaScript's numbering). */
export function weekdayOf(date: string): number {
  return new Date(utcMs(date)).getUTCDay();
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday starting the Monday–Sunday week that contains `date`. */
export function mondayOfWeek(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The most recent day with weekday `weekday` on or before `date` (`date` itself when it matches). */
export function weekdayOnOrBefore(date: string, weekday: number): string {
  return addDays(date, -((weekdayOf(date) - weekday + 7) % 7));
}

/** The first day with weekday `weekday` on or after `date` (`date` itself when it matches). */
export function weekdayOnOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** First and last day of a month (1-12). */
export function monthRange(year: number, month: number): [string, string] {
  return [toIso(year, month, 1), toIso(year, month, daysInMonth(year, month))];
}

/** First and last day of a year. */
export function yearRange(year: number): [string, string] {
  return [toIso(year, 1, 1), toIso(year, 12, 31)];
}

/** Lexicographic order is calendar order for ISO dates; returns <0, 0 or >0. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}
