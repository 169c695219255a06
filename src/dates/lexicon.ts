/**
 * Word lists shared by the date parsers and refiners: weekday and month
 * names, number words. Data only.
 */

/** Full weekday names → JavaScript weekday numbers (0 = Sunday). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Matches a full weekday name anywhere ("late Monday evening" → Monday). */
export const WEEKDAY_NAME_RE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** Matches a weekday name or chrono's abbreviations ("Sun", "Sat", "Thurs"), to check how the text wrote it. */
export const WEEKDAY_TOKEN_RE = /\b(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday|day)?\b\.?/i;

/** Month names and the abbreviations news text uses ("Sept.", "OCT"). */
export const MONTH_TOKEN_RE =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Small number words used in "two days later", "the past three weeks". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  "twenty-four": 24,
  thirty: 30,
};

/** Regex source matching a digit count or a number word. */
export const COUNT_SOURCE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;

/** Reads "2" or "two"; null when it is neither. */
export function readCount(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

/** The weekday number named in a text ("CENTCOM's Monday" → 1), or null. */
export function weekdayNamedIn(text: string): number | null {
  const m = WEEKDAY_NAME_RE.exec(text);
  return m ? (WEEKDAY_NUMBERS[m[1]!.toLowerCase()] ?? null) : null;
}
