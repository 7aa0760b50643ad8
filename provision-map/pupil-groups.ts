import { pupilAttendance } from "./attendance";
import { academicYear, shareCosts, type DateRange } from "./cost-share";
import type { Intervention, InterventionMeasure } from "./intervention";
import { pupilProgress } from "./progress";
import { everyRosterPupil } from "./roster";

/** One group a pupil is (or was) in, as their own record shows it: their share, their sessions, their values. */
export interface PupilGroup {
  interventionId: string;
  name: string;
  staff: string;
  /** The pupil's share of the group's cost in the range, in pounds. */
  share: number;
  delivered: number;
  attended: number;
  /** First day of their first spell and last day of their last (absent while still in it). */
  joined: string;
  left?: string;
  measure?: InterventionMeasure;
  entry?: number;
  exit?: number;
  /** Exit − entry, turned round when lower is better; absent until both values are in. */
  progress?: number;
  area?: string;
  tier?: string;
}

/** The school year (1 September to 31 August) that contains a date. */
export function academicYearOf(date: string): DateRange {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return academicYear(month >= 9 ? year : year - 1);
}

/** Every group the pupil has been on the roster of, by name, with figures from the group's one log. */
export function pupilGroups(interventions: readonly Intervention[], pupilId: string, range?: DateRange): PupilGroup[] {
  return interventions
    .filter((i) => everyRosterPupil(i).includes(pupilId))
    .map((i) => {
      const spells = i.roster.filter((e) => e.pupilId === pupilId);
      const attendance = pupilAttendance(i, range).find((a) => a.pupilId === pupilId);
      const values = i.measureValues.find((v) => v.pupilId === pupilId);
      const progress = pupilProgress(i).find((p) => p.pupilId === pupilId)?.progress;
      const stillIn = spells.some((s) => s.left === undefined);
      const lastLeft = spells.map((s) => s.left ?? "").sort().at(-1);
      return {
        interventionId: i.id,
        name: i.name,
        staff: i.staff.role ? `${i.staff.name} (${i.staff.role})` : i.staff.name,
        share: shareCosts(i, range).pupils.find((p) => p.pupilId === pupilId)?.share ?? 0,
        delivered: attendance?.delivered ?? 0,
        attended: attendance?.attended ?? 0,
        joined: spells.map((s) => s.joined).sort()[0]!,
        ...(!stillIn && lastLeft ? { left: lastLeft } : {}),
        ...(i.measure ? { measure: i.measure } : {}),
        ...(values?.entry !== undefined ? { entry: values.entry } : {}),
        ...(values?.exit !== undefined ? { exit: values.exit } : {}),
        ...(progress !== undefined ? { progress } : {}),
        ...(i.area ? { area: i.area } : {}),
        ...(i.tier ? { tier: i.tier } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The pupil's shares of every group's cost added up, to the penny. */
export function groupSharesTotal(groups: readonly Pick<PupilGroup, "share">[]): number {
  return Math.round(groups.reduce((sum, g) => sum + g.share, 0) * 100) / 100;
}
