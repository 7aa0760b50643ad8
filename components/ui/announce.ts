/** The id of the one polite live region each page has (rendered by AppFrame). */
export const ANNOUNCER_ID = "announcer";

/**
 * Says something to screen reader users without moving focus: a save, an undo, a change made in another window.
 * The region is cleared first, so the same words said twice are still announced.
 */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = "";
  setTimeout(() => (region.textContent = message), 50);
}
