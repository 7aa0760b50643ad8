/**
 * Tells the other open SEND Companion pages (side panel, workspace) that pupil records or the setting changed,
 * so they reload them. Only the word "pupils" or "setting" is sent, never a record; the channel stays inside
 * the extension's origin.
 */
const CHANNEL = "send-companion-records";
type What = "pupils" | "setting";

function announce(what: What): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(what);
  channel.close();
}

function onChanged(what: What, run: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    if (event.data === what) run();
  };
  return () => channel.close();
}

export const announcePupilsChanged = (): void => announce("pupils");
export const onPupilsChanged = (run: () => void): (() => void) => onChanged("pupils", run);
export const announceSettingChanged = (): void => announce("setting");
export const onSettingChanged = (run: () => void): (() => void) => onChanged("setting", run);
