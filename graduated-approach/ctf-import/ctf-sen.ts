import { longDate } from "../long-date";
import type { SourceCells } from "./source-row";
import { child, children, childText, type XmlElement } from "./xml-node";

/**
 * SEN provision, its start date and the ranked needs of a `<Pupil>`, from the CTF specification's
 * "SEN history" group:
 *
 *   SENhistory > SEN (repeats) > StartDate, SENprovision
 *   SENhistory > SENneeds > SENneed (repeats) > SENtypeRank, SENtype
 *
 * The current provision is the SEN entry with the latest StartDate, even when it is N (the pupil has left SEN
 * provision): the needs still listed are then not kept, and the warnings say which. Provision codes pass
 * through as written (old A, P and S included) for the shared value dictionary to read. Some writers put
 * SENneeds inside the SEN entry or directly under Pupil; those places are read when SENhistory has none.
 */
export function senCells(pupil: XmlElement, label: string): { cells: SourceCells; warnings: string[] } {
  const history = child(pupil, "SENhistory");
  const entries = children(history, "SEN");
  const current = latestEntry(entries);
  const cells: SourceCells = {};
  const warnings: string[] = [];
  const provision = childText(current, "SENprovision");
  if (provision !== undefined) cells.senStatus = provision;
  const since = childText(current, "StartDate");
  if (since !== undefined) cells.senSince = since;
  const undated = entries.filter((entry) => !childText(entry, "StartDate"));
  if (undated.length > 0 && entries.length > 1) {
    const codes = undated.map((entry) => childText(entry, "SENprovision") ?? "blank").join(", ");
    warnings.push(
      `${label}: ${undated.length === 1 ? "1 SEN entry has" : `${undated.length} SEN entries have`} no start date (provision ${codes}), ` +
        "so the latest provision was taken from the dated entries",
    );
  }

  const needs = [history, current, pupil]
    .map((holder) => children(holder, "SENneeds").flatMap((list) => children(list, "SENneed")))
    .find((list) => list.length > 0) ?? [];
  const ranked = rankedTypes(needs);
  if (provision !== undefined && /^n$/i.test(provision) && ranked.length > 0) {
    warnings.push(
      `${label}: the latest SEN entry${since ? ` (from ${longDate(since)})` : ""} is N, no SEN provision, so the needs the file still lists ` +
        `(${ranked.join(", ")}) are not kept`,
    );
    return { cells, warnings };
  }
  if (ranked[0] !== undefined) cells.primaryNeed = ranked[0];
  if (ranked[1] !== undefined) cells.secondaryNeed = ranked[1];
  if (ranked.length > 2) cells.furtherNeeds = ranked.slice(2).join(", ");
  return { cells, warnings };
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
    const key = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : "";
    if (latest === undefined || key >= latestKey) [latest, latestKey] = [entry, key];
  }
  return latest;
}

/** Every SENtype, by SENtypeRank (in file order when no need carries a rank); blank types left out. */
function rankedTypes(needs: XmlElement[]): string[] {
  const hasRank = needs.some((need) => childText(need, "SENtypeRank") !== undefined);
  const ordered = hasRank
    ? needs
        .map((need, index) => ({ need, rank: rankOf(need), index }))
        .sort((a, b) => (a.rank === b.rank ? a.index - b.index : a.rank - b.rank))
        .map((n) => n.need)
    : needs;
  return ordered.map((need) => childText(need, "SENtype")).filter((type) => type !== undefined);
}

/** A need's SENtypeRank as a number; a missing or unreadable rank sorts last. */
function rankOf(need: XmlElement): number {
  const rank = Number(childText(need, "SENtypeRank"));
  return Number.isFinite(rank) && rank > 0 ? rank : Number.MAX_SAFE_INTEGER;
}
