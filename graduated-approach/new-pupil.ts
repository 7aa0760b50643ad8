import type { z } from "zod";
import { Pupil } from "./pupil";

/** What a person supplies for a new pupil: everything but the id and timestamps. */
export type NewPupilInput = Omit<z.input<typeof Pupil>, "id" | "createdAt" | "updatedAt">;

/**
 * Builds and validates a new pupil record. `now` is an ISO date-time (the caller's clock);
 * the result is zod's safeParse result, so a form can show each issue beside its field.
 */
export function newPupil(input: NewPupilInput, now: string, id: string = crypto.randomUUID()) {
  return Pupil.safeParse({ ...input, id, createdAt: now, updatedAt: now });
}
