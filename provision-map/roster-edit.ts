import type { FundingSource, Intervention, InterventionMeasure } from "./intervention";
import { spellCovers } from "./roster";

export type EditResult = { ok: true; intervention: Intervention } | { ok: false; message: string };

const stamp = (i: Intervention, now: string, change: Partial<Intervention>): EditResult => ({ ok: true, intervention: { ...i, ...change, updatedAt: now } });

/** Adds a pupil from a date (their first day in the group); refused when they are already in it on or after that day. */
export function addToRoster(i: Intervention, pupilId: string, joined: string, now: string): EditResult {
  if (!joined) return { ok: false, message: "Enter the date the pupil joins" };
  if (joined < i.schedule.startDate || joined > i.schedule.endDate) return { ok: false, message: `Enter a joining date from the start to the end of ${i.name}` };
  const clash = i.roster.some((e) => e.pupilId === pupilId && (e.left === undefined || e.left >= joined));
  if (clash) return { ok: false, message: "That pupil is already in the group on that date" };
  return stamp(i, now, { roster: [...i.roster, { pupilId, joined }] });
}

/** Records the last day a pupil was in the group: their current spell ends then (inclusive). */
export function leaveRoster(i: Intervention, pupilId: string, left: string, now: string): EditResult {
  if (!left) return { ok: false, message: "Enter the last day the pupil was in the group" };
  const index = i.roster.findIndex((e) => e.pupilId === pupilId && e.left === undefined);
  if (index < 0) return { ok: false, message: "That pupil has already left the group" };
  const spell = i.roster[index]!;
  if (left < spell.joined) return { ok: false, message: "The date they left must be on or after the date they joined" };
  return stamp(i, now, { roster: i.roster.map((e, n) => (n === index ? { ...e, left } : e)) });
}

/** Corrects the dates of one spell (a joining or leaving date typed wrongly). */
export function editSpell(i: Intervention, index: number, dates: { joined: string; left?: string }, now: string): EditResult {
  const spell = i.roster[index];
  if (!spell) return { ok: false, message: "That roster entry is no longer here" };
  if (!dates.joined) return { ok: false, message: "Enter the date the pupil joined" };
  if (dates.left && dates.left < dates.joined) return { ok: false, message: "The date they left must be on or after the date they joined" };
  const others = i.roster.filter((e, n) => n !== index && e.pupilId === spell.pupilId);
  const next = { pupilId: spell.pupilId, joined: dates.joined, ...(dates.left ? { left: dates.left } : {}) };
  if (others.some((o) => spellCovers(o, next.joined) || (next.left ? spellCovers(o, next.left) : (o.left ?? "9999-12-31") >= next.joined))) {
    return { ok: false, message: "Those dates overlap another time the pupil was in the group" };
  }
  return stamp(i, now, { roster: i.roster.map((e, n) => (n === index ? next : e)) });
}

/** Chooses (or clears) what the group measures on entry and exit; values already entered are kept. */
export function setMeasure(i: Intervention, measure: InterventionMeasure | undefined, now: string): EditResult {
  if (measure && !measure.name.trim()) return { ok: false, message: "Enter the name of your measure" };
  const { measure: _old, ...rest } = i;
  return { ok: true, intervention: { ...rest, ...(measure ? { measure: { ...measure, name: measure.name.trim(), unit: measure.unit.trim() } } : {}), updatedAt: now } };
}

/** Sets one pupil's entry and exit values (undefined clears one). */
export function setMeasureValues(i: Intervention, pupilId: string, values: { entry?: number; exit?: number }, now: string): EditResult {
  for (const [label, v] of [["entry", values.entry], ["exit", values.exit]] as const) {
    if (v !== undefined && !Number.isFinite(v)) return { ok: false, message: `Enter the ${label} value as a number` };
  }
  const row = { pupilId, ...(values.entry !== undefined ? { entry: values.entry } : {}), ...(values.exit !== undefined ? { exit: values.exit } : {}) };
  const others = i.measureValues.filter((v) => v.pupilId !== pupilId);
  return stamp(i, now, { measureValues: row.entry === undefined && row.exit === undefined ? others : [...others, row] });
}

/** The details a SENCO can change after creating the group: funding, time and place, area and tier. */
export interface InterventionDetails {
  fundingSource: FundingSource;
  startTime?: string;
  place?: string;
  area?: string;
  tier?: string;
}

export function setDetails(i: Intervention, d: InterventionDetails, now: string): EditResult {
  if (d.startTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(d.startTime)) return { ok: false, message: "Enter the start time like 09:15" };
  const { startTime: _t, place: _p, ...schedule } = i.schedule;
  const { area: _a, tier: _r, ...rest } = i;
  return stamp(rest as Intervention, now, {
    fundingSource: d.fundingSource,
    schedule: { ...schedule, ...(d.startTime ? { startTime: d.startTime } : {}), ...(d.place?.trim() ? { place: d.place.trim() } : {}) },
    ...(d.area ? { area: d.area } : {}),
    ...(d.tier ? { tier: d.tier } : {}),
  });
}
