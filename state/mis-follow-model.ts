import { signal } from "@preact/signals";
import type { DetectedPupil } from "@/mis-pupil/detect";
import { matchPupil, type MatchablePupil, type PupilMatch } from "@/mis-pupil/match";
import { DetectionMessage, type MisSite } from "@/mis-pupil/site-adapter";
import type { MisBridge } from "./mis-bridge";

/** What the MIS tab beside the panel shows, as far as the panel can tell. */
export type OnScreen =
  | { kind: "not-mis" }
  | { kind: "no-reader"; site: MisSite }
  | { kind: "nobody"; site: MisSite }
  | { kind: "several"; site: MisSite; count: number }
  | { kind: "pupil"; site: MisSite; pupil: DetectedPupil; match: PupilMatch };

export interface MisFollowDeps {
  bridge: MisBridge;
  sites(): readonly MisSite[];
  pupils(): readonly MatchablePupil[];
}

/**
 * Follows the active tab: when it is on one of the user's MIS sites, asks the page reader who is on
 * screen and matches them against the register. What the reader says is kept in memory only.
 */
export function createMisFollowModel(deps: MisFollowDeps) {
  const onScreen = signal<OnScreen>({ kind: "not-mis" });
  const paused = signal(false);
  let asking = 0;

  async function refresh() {
    const ask = ++asking;
    const next = await look();
    if (ask === asking) onScreen.value = next;
  }

  async function look(): Promise<OnScreen> {
    if (paused.value) return { kind: "not-mis" };
    const tab = await deps.bridge.activeTab();
    const origin = tab?.url ? originOf(tab.url) : undefined;
    const site = origin ? deps.sites().find((s) => s.origin === origin) : undefined;
    if (!tab || !site) return { kind: "not-mis" };
    const parsed = DetectionMessage.safeParse(await deps.bridge.readPupil(tab.id, site.rules));
    if (!parsed.success) return { kind: "no-reader", site };
    const detection = parsed.data;
    if (detection.kind === "none") return { kind: "nobody", site };
    if (detection.kind === "several") return { kind: "several", site, count: detection.count };
    return { kind: "pupil", site, pupil: detection.pupil, match: matchPupil(detection.pupil, deps.pupils()) };
  }

  /** Starts following; returns a function that stops and forgets what the page showed (e.g. on locking). */
  function start(): () => void {
    void refresh();
    const stopListening = deps.bridge.onPageMayHaveChanged(() => void refresh());
    return () => {
      stopListening();
      asking++;
      onScreen.value = { kind: "not-mis" };
    };
  }

  return {
    onScreen,
    paused,
    refresh,
    start,
    pause() {
      paused.value = true;
      onScreen.value = { kind: "not-mis" };
    },
    resume() {
      paused.value = false;
      void refresh();
    },
  };
}
export type MisFollowModel = ReturnType<typeof createMisFollowModel>;

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
