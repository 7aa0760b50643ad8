import { z } from "zod";

/** A calendar date written as YYYY-MM-DD, the only way the domain stores dates. */
export const IsoDate = z.iso.date("must be a date written as YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment in time as `Date.prototype.toISOString()` writes it, for createdAt/updatedAt. */
export const IsoDateTime = z.iso.datetime("must be a date and time written in ISO 8601 form");
export type IsoDateTime = z.infer<typeof IsoDateTime>;

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtcMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`"${date}" is not a date written as YYYY-MM-DD`);
  return ms;
}

/** The date `days` days after `date` (negative for before). Calendar arithmetic in UTC, so no DST drift. */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}
