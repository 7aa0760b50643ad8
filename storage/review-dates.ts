import { z } from "zod";
import type { SendDb } from "./db";

const ReviewDates = z.array(z.iso.date());

/** Keeps only the dates, sorted, so the stored list cannot be joined back to a pupil by its order. */
export async function saveReviewDates(db: SendDb, dates: readonly string[]): Promise<void> {
  await db.put("meta", [...dates].sort(), "reviewDates");
}

export async function readReviewDates(db: SendDb): Promise<string[]> {
  const parsed = ReviewDates.safeParse(await db.get("meta", "reviewDates"));
  return parsed.success ? parsed.data : [];
}
