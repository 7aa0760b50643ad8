import "@/state/zod-jitless";
import { defineBackground } from "wxt/utils/define-background";
import { openSidePanelFromToolbar } from "@/platform/side-panel";
import { openTestStartPage } from "@/platform/test-start-page";
import { everyHour, onRecountRequest, showReviewsDue } from "@/platform/badge";
import { onSiteAccessRemoved, pruneReader } from "@/platform/mis-tabs";
import { reviewsDueCount } from "@/graduated-approach/review-badge";
import { openSendDb, readReviewDates } from "@/storage";
import { onScreenLocked, extensionSessionKeyArea, restrictSessionToExtension } from "@/platform/session-key-area";
import { createSharedUnlock } from "@/state/shared-unlock";
import { lockWhenScreenLocks } from "@/state/screen-lock";
import { broadcastLockChannel } from "@/state/lock-channel";
import { SEND_DB_NAME } from "@/storage/schema";

/** Counts due reviews from the stored dates alone: the background never holds the key or sees a name. */
async function recount() {
  const db = await openSendDb();
  try {
    const today = new Date().toISOString().slice(0, 10);
    await showReviewsDue(reviewsDueCount(await readReviewDates(db), today));
  } finally {
    db.close();
  }
}

export default defineBackground(() => {
  openSidePanelFromToolbar();
  const run = () => void recount().catch(() => undefined);
  everyHour("recount-reviews", run);
  onRecountRequest(run);
  onSiteAccessRemoved(() => void pruneReader().catch(() => undefined));
  // One unlock for every page lives in session storage: closed to content scripts, and emptied when the screen locks.
  void restrictSessionToExtension();
  const sessionArea = extensionSessionKeyArea();
  if (sessionArea) lockWhenScreenLocks(onScreenLocked, createSharedUnlock(sessionArea), broadcastLockChannel(SEND_DB_NAME));
  run();
  openTestStartPage();
});
