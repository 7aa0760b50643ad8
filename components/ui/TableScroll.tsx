import type { ComponentChildren } from "preact";

/**
 * A wide table that scrolls inside its own box at narrow widths, so the page itself never scrolls sideways
 * (WCAG 1.4.10). The box takes focus, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ label, class: extra, children }: { label: string; class?: string; children: ComponentChildren }) {
  return (
    <div class={extra ? `table-scroll ${extra}` : "table-scroll"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
