import type { ParentMeeting } from "./parent-meeting";
import type { Pupil } from "./pupil";

/** Meetings with parents expected in a school year (SEND Code of Practice 6.65). */
export const MEETINGS_EXPECTED = 3;

export interface SchoolYear {
  /** 1 September. */
  start: string;
  /** 31 August the next year. */
  end: string;
  /** "2025 to 2026". */
  label: string;
}

/** The school year a date falls in: 1 September to 31 August. */
export function schoolYearOf(date: string): SchoolYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = month >= 9 ? year : year - 1;
  return { start: `${first}-09-01`, end: `${first + 1}-08-31`, label: `${first} to ${first + 1}` };
}

export function meetingsOf(pupil: Pick<Pupil, "meetings">): ParentMeeting[] {
  return pupil.meetings ?? [];
}

/** Meetings held in the school year that `today` is in, on or before today, earliest first. */
export function meetingsThisSchoolYear(pupil: Pick<Pupil, "meetings">, today: string): ParentMeeting[] {
  const { start } = schoolYearOf(today);
  return meetingsOf(pupil)
    .filter((m) => m.date >= start && m.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export interface MeetingsShort {
  pupilId: string;
  held: number;
  expected: number;
}

/**
 * Pupils at SEN support or with an EHC plan, not archived, who have had fewer than three meetings with
 * parents in the current school year.
 */
export function pupilsShortOfMeetings(pupils: readonly Pupil[], today: string): MeetingsShort[] {
  return pupils
    .filter((p) => !p.archivedOn && (p.senStatus.code === "K" || p.senStatus.code === "E"))
    .map((p) => ({ pupilId: p.id, held: meetingsThisSchoolYear(p, today).length, expected: MEETINGS_EXPECTED }))
    .filter((m) => m.held < MEETINGS_EXPECTED);
}
