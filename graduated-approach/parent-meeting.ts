import { z } from "zod";
import { Id, Notes } from "./fields";
import { IsoDate } from "./iso-date";

/** A meeting with the pupil's parents or carers (the Code of Practice expects at least three a year). */
export const ParentMeeting = z.object({
  id: Id,
  pupilId: Id,
  date: IsoDate,
  /** Who came, e.g. "Mum, class teacher, SENCO". */
  attendees: Notes,
  notes: Notes,
  agreedActions: Notes,
});
export type ParentMeeting = z.infer<typeof ParentMeeting>;
