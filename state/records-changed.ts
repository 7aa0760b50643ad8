/**
 * Tells the other open SEND Companion pages (side panel, workspace) that pupil records or the setting changed,
 * so they reload them. Only the word "pupils" or "setting" is sent, never a record; the channel stays inside
 * the extension's origin.
 */
const CHANNEL = "send-companion-records";
type What = "pupils" | "setting";

/** Saves come in bursts (autosave, imports in chunks): a page reloads once they pause for this long. */
const SETTLE_MS = 250;

/** `from` names the sender (e.g. one pupils model), so it can ignore its own news. */
function announce(what: What, from = ""): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ what, from });
  channel.close();
}

function onChanged(what: What, run: () => void, self?: string): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as { what?: unknown; from?: unknown } | null;
    if (message?.what !== what || (self !== undefined && message.from === self)) return;
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };
  return () => {
    clearTimeout(timer);
    channel.close();
  };
}

export const announcePupilsChanged = (from?: string): void => announce("pupils", from);
/** Runs `run` once a burst of saves elsewhere pauses; news sent by `self` is ignored. */
export const onPupilsChanged = (run: () => void, self?: string): (() => void) => onChanged("pupils", run, self);
export const announceSettingChanged = (): void => announce("setting");
export const onSettingChanged = (run: () => void): (() => void) => onChanged("setting", run);
