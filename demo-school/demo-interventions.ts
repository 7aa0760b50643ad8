import { addDays } from "@/graduated-approach/iso-date";
import type { Pupil } from "@/graduated-approach/pupil";
import type { SenNeedCode } from "@/graduated-approach/census-codes";
import { yearOffset } from "@/graduated-approach/year-group";
import type { FundingSource, Intervention, InterventionMeasure, Weekday } from "@/provision-map/intervention";
import { MEASURE_PRESETS } from "@/provision-map/measures";
import type { Random } from "./prng";

interface GroupPlan {
  name: string;
  area: string;
  staff: { name: string; role: string; hourlyRate: number };
  days: Weekday[];
  startTime: string;
  place: string;
  minutes: number;
  funding: FundingSource;
  measure: InterventionMeasure;
  /** Entry value and the usual change by exit, in the measure's units (before turning round for lower-is-better). */
  entry: [number, number];
  change: [number, number];
  size: number;
  /** Who it suits: year groups (offsets from reception) and needs; anyone at SEN support fills the rest. */
  years: [number, number];
  needs: SenNeedCode[];
}

const preset = (id: string) => MEASURE_PRESETS.find((p) => p.id === id)!.measure;

/** Six groups most primary and secondary settings run, with made-up adults and realistic timings and costs. */
const PLANS: GroupPlan[] = [
  {
    name: "Phonics catch-up", area: "cognition-learning", staff: { name: "Mrs Testworth", role: "Teaching assistant", hourlyRate: 18 },
    days: ["monday", "wednesday", "friday"], startTime: "09:15", place: "Library corner", minutes: 20, funding: "pupil-premium",
    measure: preset("standardised-score"), entry: [72, 84], change: [1, 9], size: 6, years: [1, 3], needs: ["SPLD", "MLD", "SLCN"],
  },
  {
    name: "Lego-based therapy", area: "communication-interaction", staff: { name: "Ms Pretendle", role: "ELSA", hourlyRate: 20 },
    days: ["tuesday"], startTime: "13:30", place: "Nurture room", minutes: 45, funding: "notional-sen-budget",
    measure: { name: "Social communication checklist", unit: "points", higherIsBetter: true }, entry: [8, 16], change: [0, 6], size: 3, years: [2, 8], needs: ["ASD", "SLCN"],
  },
  {
    name: "Social skills group", area: "semh", staff: { name: "Mr Notreal", role: "Learning mentor", hourlyRate: 19 },
    days: ["thursday"], startTime: "14:00", place: "Room 4", minutes: 40, funding: "notional-sen-budget",
    measure: preset("sdq"), entry: [16, 26], change: [-6, 1], size: 5, years: [3, 9], needs: ["SEMH", "ASD"],
  },
  {
    name: "Precision teaching", area: "cognition-learning", staff: { name: "Mrs Mockley", role: "HLTA", hourlyRate: 22 },
    days: ["tuesday", "thursday"], startTime: "09:15", place: "Quiet room", minutes: 10, funding: "core-budget",
    measure: preset("words-per-minute"), entry: [12, 30], change: [-5, 1], size: 4, years: [2, 7], needs: ["SPLD", "MLD"],
  },
  {
    name: "Fine motor skills", area: "sensory-physical", staff: { name: "Mr Sampleford", role: "Teaching assistant", hourlyRate: 18 },
    days: ["monday", "thursday"], startTime: "10:45", place: "Classroom 2", minutes: 20, funding: "inclusive-mainstream-fund",
    measure: { name: "Fine motor checklist", unit: "points", higherIsBetter: true }, entry: [10, 20], change: [1, 7], size: 4, years: [0, 4], needs: ["PD", "OTH", "DS"],
  },
  {
    name: "Nurture group", area: "semh", staff: { name: "Mrs Specimen", role: "Pastoral lead", hourlyRate: 24 },
    days: ["monday", "tuesday", "thursday"], startTime: "08:45", place: "Nurture room", minutes: 30, funding: "high-needs-top-up",
    measure: preset("boxall"), entry: [40, 70], change: [2, 14], size: 6, years: [0, 6], needs: ["SEMH"],
  },
];

const DAY_INDEX: Record<Weekday, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5 };

/**
 * The demo school's group interventions: started about ten weeks before `today` and running to the end of
 * term, each with a roster (one pupil joining late and one leaving early), a session log up to yesterday
 * (a few missed sessions and absences) and entry values for everyone with exit values for most. Phonics and
 * precision teaching share a pupil at 09:15, so the timetable shows a "same lesson too often" clash.
 */
export function demoInterventions(pupils: readonly Pupil[], today: string, rng: Random, makeId: () => string): Intervention[] {
  const supported = pupils.filter((p) => !p.archivedOn && (p.senStatus.code === "K" || p.senStatus.code === "E"));
  if (supported.length === 0) return [];
  const start = addDays(today, -70);
  const end = addDays(today, 28);
  const created = `${start}T08:00:00.000Z`;
  const groups = PLANS.map((plan) => {
    const suits = (p: Pupil) => yearOffset(p.yearGroup) >= plan.years[0] && yearOffset(p.yearGroup) <= plan.years[1];
    const ranked = [...supported].sort((a, b) => score(b, plan, suits) - score(a, plan, suits) || a.id.localeCompare(b.id));
    const chosen = ranked.slice(0, Math.min(plan.size, ranked.length));
    const roster = chosen.map((p, n) => ({
      pupilId: p.id,
      joined: n === chosen.length - 1 && chosen.length > 3 ? addDays(start, 21) : start,
      ...(n === 0 && chosen.length > 4 ? { left: addDays(start, 49) } : {}),
    }));
    const sessions = [];
    for (let date = start; date < today; date = addDays(date, 1)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (!plan.days.some((d) => DAY_INDEX[d] === weekday)) continue;
      const delivered = !rng.chance(0.08);
      const onRoster = roster.filter((e) => e.joined <= date && (!e.left || date <= e.left)).map((e) => e.pupilId);
      sessions.push({ date, delivered, absentPupilIds: delivered ? onRoster.filter(() => rng.chance(0.07)) : [] });
    }
    const measureValues = chosen.map((p) => {
      const entry = rng.int(plan.entry[0], plan.entry[1]);
      const exit = rng.chance(0.85) ? entry + rng.int(plan.change[0], plan.change[1]) : undefined;
      return { pupilId: p.id, entry, ...(exit !== undefined ? { exit } : {}) };
    });
    return {
      id: makeId(), name: plan.name, area: plan.area, staff: plan.staff,
      schedule: { days: plan.days, startTime: plan.startTime, place: plan.place, sessionsPerWeek: plan.days.length, sessionMinutes: plan.minutes, startDate: start, endDate: end },
      fundingSource: plan.funding, roster, sessions, measure: plan.measure, measureValues, createdAt: created, updatedAt: created,
    } satisfies Intervention;
  });
  // A pupil in phonics also does precision teaching at the same time of day: five mornings a week out of the same lesson.
  const [phonics, , , precision] = groups;
  const shared = phonics!.roster.find((e) => !e.left && !precision!.roster.some((x) => x.pupilId === e.pupilId));
  if (shared) precision!.roster.push({ pupilId: shared.pupilId, joined: start });
  return groups;
}

function score(p: Pupil, plan: GroupPlan, suits: (p: Pupil) => boolean): number {
  const need = p.needs.some((n) => plan.needs.includes(n.code)) ? 2 : 0;
  return need + (suits(p) ? 3 : 0) + (hash(p.id + plan.name) % 100) / 100;
}

/** A stable small number from text, so each group ranks ties differently (and the same way every time). */
function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}
