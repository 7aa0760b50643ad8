import type { Intervention, RosterEntry } from "./intervention";

/** True when the spell covers the date: from the day the pupil joined to the day they left, both included. */
export function spellCovers(entry: RosterEntry, date: string): boolean {
  return entry.joined <= date && (entry.left === undefined || date <= entry.left);
}

/** The pupils in the group on a date, each once, in roster order. */
export function pupilsOnRoster(intervention: Pick<Intervention, "roster">, date: string): string[] {
  const ids = intervention.roster.filter((entry) => spellCovers(entry, date)).map((entry) => entry.pupilId);
  return [...new Set(ids)];
}

/** How many pupils are in the group on a date: derived from the roster, never typed in. */
export function groupSizeOn(intervention: Pick<Intervention, "roster">, date: string): number {
  return pupilsOnRoster(intervention, date).length;
}

/** Every pupil who has ever been in the group, each once, in roster order. */
export function everyRosterPupil(intervention: Pick<Intervention, "roster">): string[] {
  return [...new Set(intervention.roster.map((entry) => entry.pupilId))];
}
