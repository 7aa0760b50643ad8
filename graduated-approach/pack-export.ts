import { z } from "zod";
import { Id } from "./fields";
import { IsoDateTime } from "./iso-date";

/** One evidence pack the SENCO saved to their computer: kept on the pupil so they can see what left and when. */
export const PackExport = z.object({
  id: Id,
  pupilId: Id,
  kind: z.enum(["pdf", "json"]),
  pseudonymised: z.boolean(),
  exportedAt: IsoDateTime,
});
export type PackExport = z.infer<typeof PackExport>;
