import { describe, expect, it } from "vitest";
import { openSendDb, readReviewDates, saveReviewDates } from "@/storage";

describe("review dates for the badge", () => {
  it("stores the dates sorted, and nothing else", async () => {
    const db = await openSendDb(`test-${crypto.randomUUID()}`);
    expect(await readReviewDates(db)).toEqual([]);
    await saveReviewDates(db, ["2026-12-01", "2026-11-02"]);
    expect(await readReviewDates(db)).toEqual(["2026-11-02", "2026-12-01"]);
    expect(await db.get("meta", "reviewDates")).toEqual(["2026-11-02", "2026-12-01"]);
    db.close();
  });
});
