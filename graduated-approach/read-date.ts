/**
 * A date of birth as dd/mm/yyyy (also with - or . and one-digit day or month), yyyy-mm-dd, or written
 * out as an MIS shows it: "4 March 2015", "04 Mar 2015", "4th Sept 2015", "04-Mar-2015", "Wednesday 4 March 2015".
 */
export type DateRead = { ok: true; date: string } | { ok: false; reason: "format" | "impossible" };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

const WRITTEN = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([a-z]+)\.?,?(?:\s+|-)(\d{4})$/i;

/** 1–12 for "March", "Mar", "Mar." or "Sept"; undefined for anything else. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const full = FULL_MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  if (lower === "sept") return 9;
  const short = MONTHS.indexOf(lower);
  return short >= 0 ? short + 1 : undefined;
}

function readParts(value: string): [year: number, month: number, day: number] | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (uk) return [Number(uk[3]), Number(uk[2]), Number(uk[1])];
  const written = WRITTEN.exec(value);
  const month = written ? monthNumber(written[2]!) : undefined;
  if (written && month) return [Number(written[3]), month, Number(written[1])];
  return undefined;
}

export function readDate(text: string): DateRead {
  const parts = readParts(text.trim());
  if (!parts) return { ok: false, reason: "format" };
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: "impossible" };
  }
  return { ok: true, date: date.toISOString().slice(0, 10) };
}
