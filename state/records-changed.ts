/**
 * Tells the other open SEND Companion pages (side panel, workspace) that pupil records changed, so they
 * reload them. Only the word "pupils" is sent, never a record; the channel stays inside the extension's origin.
 */
const CHANNEL = "send-companion-records";

export function announcePupilsChanged(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage("pupils");
  channel.close();
}

export function onPupilsChanged(run: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    if (event.data === "pupils") run();
  };
  return () => channel.close();
}
