import { useEffect, useRef } from "preact/hooks";

/** Where a view's focus lands: the first error summary, else the view's heading (the first h2 in the main area). */
function viewTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>("#main .error-summary, #main h2");
}

/** Moves focus to the current view's heading (or its error summary), making it focusable if need be. */
export function focusViewHeading(): boolean {
  const target = viewTarget();
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
  return true;
}

/**
 * The app's rule for a change of view: the page title names the new screen and, after the first view,
 * focus moves to its heading. `key` names the view; the heading may render a few frames later (data loading).
 */
export function useViewFocus(key: string, appName: string): void {
  const first = useRef(true);
  useEffect(() => {
    // Opening the page ("loading" then its first screen) is not a change of view: focus stays where the browser put it.
    const moveFocus = !first.current;
    if (key !== "loading") first.current = false;
    let frames = 0;
    let handle = 0;
    const step = () => {
      const heading = document.querySelector<HTMLElement>("#main h2");
      if (!heading && frames++ < 30) {
        handle = requestAnimationFrame(step);
        return;
      }
      const name = heading?.textContent?.trim();
      document.title = name ? `${name} – ${appName}` : appName;
      // An Undo offer that has just taken focus keeps it: it is the next thing the user may want.
      if (moveFocus && !document.activeElement?.closest(".undo-bar")) focusViewHeading();
    };
    handle = requestAnimationFrame(step);
    return () => cancelAnimationFrame(handle);
  }, [key, appName]);
}
