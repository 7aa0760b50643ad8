import type { SourceCells } from "./source-row";
import { child, children, childText, type XmlElement } from "./xml-node";

/**
 * Provision codes from CTFs written before the 2014 SEND reforms: School Action (A) and School Action Plus (P)
 * are now SEN support (K), and a statement (S) is now an EHC plan (E). Current codes (N, K, E) and anything
 * unknown pass through as written, for the row reader to check.
 */
const OLD_PROVISION: Record<string, string> = { A: "K", P: "K", S: "E" };

/**
 * SEN provision, its start date and the ranked needs of a `<Pupil>`, from the CTF specification's
 * "SEN history" group:
 *
 *   SENhistory > SEN (repeats) > StartDate, SENprovision
 *   SENhistory > SENneeds > SENneed (repeats) > SENtypeRank, SENtype
 *
 * The current provision is the SEN entry with the latest StartDate. Some writers put SENneeds inside the SEN
 * entry or directly under Pupil; those places are read when SENhistory has none.
 */
export function senCells(pupil: XmlElement): SourceCells {
  const history = child(pupil, "SENhistory");
  const current = latestEntry(children(history, "SEN"));
  const cells: SourceCells = {};
  const provision = childText(current, "SENprovision");
  if (provision !== undefined) cells.senStatus = OLD_PROVISION[provision.toUpperCase()] ?? provision;
  const since = childText(current, "StartDate");
  if (since !== undefined) cells.senSince = since;

  const needs = [history, current, pupil]
    .map((holder) => children(holder, "SENneeds").flatMap((list) => children(list, "SENneed")))
    .find((list) => list.length > 0) ?? [];
  const primary = needOfRank(needs, 1);
  if (primary !== undefined) cells.primaryNeed = primary;
  const secondary = needOfRank(needs, 2);
  if (secondary !== undefined) cells.secondaryNeed = secondary;
  return cells;
}

/**
 * The entry with the latest StartDate; on a tie, or among entries without a yyyy-mm-dd date, the later in the
 * file. An entry with such a date is always later than one without.
 */
function latestEntry(entries: XmlElement[]): XmlElement | undefined {
  let latest: XmlElement | undefined;
  let latestKey = "";
  for (const entry of entries) {
    const date = childText(entry, "StartDate") ?? "";
    const key = /^\d{4}-\d{2}-\d{2}/.test(date) ? date : "";
    if (latest === undefined || key >= latestKey) [latest, latestKey] = [entry, key];
  }
  return latest;
}

/** The SENtype ranked `rank`; if no need in the list carries a rank, the needs are taken in file order. */
function needOfRank(needs: XmlElement[], rank: number): string | undefined {
  const ranked = needs.some((need) => childText(need, "SENtypeRank") !== undefined);
  const need = ranked ? needs.find((n) => Number(childText(n, "SENtypeRank")) === rank) : needs[rank - 1];
  return childText(need, "SENtype");
}
