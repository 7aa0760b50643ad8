import { readDate, type DateRead } from "@/graduated-approach/read-date";

const MONTH_WORD = "[A-Za-z]{3,9}\\.?";
const DATE_LIKE = [
  "\\d{4}-\\d{2}-\\d{2}",
  "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}",
  `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|-)${MONTH_WORD},?(?:\\s+|-)\\d{4}`,
].join("|");

const ANYWHERE = new RegExp(`(?<![\\d/.-])(?:${DATE_LIKE})(?![\\d/])`, "gi");
const AT_START = new RegExp(`^(?:${DATE_LIKE})(?![\\d/])`, "i");

export type DateFound = DateRead & { text?: string };

/**
 * The first date in `text` that reads as a date ("04/03/2015 (age 11)" → 2015-03-04). When something
 * looks like a date but is not a real one, says so; `text` is what was read.
 */
export function findDate(text: string): DateFound {
  let impossible: DateFound | undefined;
  for (const match of text.matchAll(ANYWHERE)) {
    const read = readDate(match[0]);
    if (read.ok) return { ...read, text: match[0] };
    if (read.reason === "impossible") impossible ??= { ...read, text: match[0] };
  }
  return impossible ?? { ok: false, reason: "format" };
}

/** A date at the very start of `text` (after a label), or undefined. */
export function dateAtStart(text: string): string | undefined {
  const match = AT_START.exec(text.trimStart());
  const read = match ? readDate(match[0]) : undefined;
  return read?.ok ? read.date : undefined;
}
