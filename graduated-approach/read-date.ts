/** A date of birth as dd/mm/yyyy (also with - or . and one-digit day or month) or yyyy-mm-dd. */
export type DateRead = { ok: true; date: string } | { ok: false; reason: "format" | "impossible" };

export function readDate(text: string): DateRead {
  const value = text.trim();
  let day: number, month: number, year: number;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return { ok: false, reason: "format" };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: "impossible" };
  }
  return { ok: true, date: date.toISOString().slice(0, 10) };
}
