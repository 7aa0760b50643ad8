import { z } from "zod";
import { IsoDate } from "./iso-date";

/** A change to the pupil's SEN status or tier, kept for the timeline. */
export const PupilChange = z.object({
  date: IsoDate,
  kind: z.enum(["status", "tier"]),
  from: z.string(),
  to: z.string(),
});
export type PupilChange = z.infer<typeof PupilChange>;

interface Tracked {
  senStatus: { code: string };
  tier: string;
  history?: PupilChange[];
}

/** The history after an edit: the previous history plus a change for the status and the tier if either moved. */
export function historyAfterEdit(before: Tracked, after: Tracked, today: string): PupilChange[] {
  const history = [...(before.history ?? [])];
  if (before.senStatus.code !== after.senStatus.code) {
    history.push({ date: today, kind: "status", from: before.senStatus.code, to: after.senStatus.code });
  }
  if (before.tier !== after.tier) history.push({ date: today, kind: "tier", from: before.tier, to: after.tier });
  return history;
}
