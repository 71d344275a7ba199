// The three date forms of data/progress.json (YYYY-MM-DD, YYYY-MM, YYYY) as the span of days they
// cover. A source often gives only a month or a year; comparing spans instead of guessing a day keeps
// "2022" and "2022-11-30" from contradicting each other.

export interface DateSpan {
  year: number;
  // First and last day the date can mean, as YYYY-MM-DD (these compare correctly as strings).
  first: string;
  last: string;
}

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span a progress date covers, or null when it is not one of the three forms or not a real day. */
export function dateSpan(text: string): DateSpan | null {
  const match = DATE_FORM.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) return { year, first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  const monthText = match[2];
  const lastDay = daysInMonth(year, month);
  if (day === undefined) {
    return { year, first: `${match[1]}-${monthText}-01`, last: `${match[1]}-${monthText}-${lastDay}` };
  }
  if (day < 1 || day > lastDay) return null;
  return { year, first: text, last: text };
}

/** Whether a is certainly before b: every day a can mean comes before every day b can mean. */
export function certainlyBefore(a: DateSpan, b: DateSpan): boolean {
  return a.last < b.first;
}

/** A calendar day as YYYY-MM-DD in local time (the day a person running the check is living in). */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isFullDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && dateSpan(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
