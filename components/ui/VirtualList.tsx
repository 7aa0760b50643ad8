import type { ComponentChildren } from "preact";
import { useCallback, useLayoutEffect, useRef, useState } from "preact/hooks";

/** Where a row sits in the whole list, for its `<li aria-posinset aria-setsize>`. */
export interface ListPosition {
  /** 1-based, as aria-posinset counts. */
  posinset: number;
  setsize: number;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  /**
   * Renders one row: an `<li>` carrying the position's aria-posinset and aria-setsize. The position is
   * undefined when every row is drawn (the browser then counts them itself).
   */
  renderItem: (item: T, position: ListPosition | undefined) => ComponentChildren;
  class: string;
  label?: string;
  /** A first guess at a row's height in pixels; the rows drawn are then measured. */
  rowHeight?: number;
  /** Lists this long or shorter draw every row. */
  threshold?: number;
}

const OVERSCAN = 8;

/**
 * A list that draws only the rows in (or near) view, with padding standing in for the rest, so a register of
 * thousands of pupils stays quick. It stays a real list: every row says where it is in the whole list
 * (aria-posinset of aria-setsize), and the rows around the focused one are always drawn, so Tab and Shift+Tab
 * walk through every row in turn.
 */
export function VirtualList<T>({ items, renderItem, class: className, label, rowHeight = 56, threshold = 80 }: VirtualListProps<T>) {
  const count = items.length;
  const virtual = count > threshold;
  const list = useRef<HTMLUListElement>(null);
  const height = useRef(rowHeight);
  const measured = useRef(false);
  const focused = useRef<number | null>(null);
  const [range, setRange] = useState(() => ({ start: 0, end: Math.min(count, firstScreen(rowHeight)) }));

  const update = useCallback(() => {
    const ul = list.current;
    if (!ul || !virtual) return;
    // The row height is measured once, from the first rows drawn, and then kept: a height that followed the
    // rows in view would move the padding, and so the rows, each time other rows came into view.
    const rows = ul.children;
    if (!measured.current && rows.length > 0) {
      const average = (rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top) / rows.length;
      if (average > 0) height.current = average;
      measured.current = true;
    }
    const h = height.current;
    const top = ul.getBoundingClientRect().top;
    let start = Math.max(0, Math.floor(-top / h) - OVERSCAN);
    let end = Math.min(count, Math.ceil((window.innerHeight - top) / h) + OVERSCAN);
    if (end <= start) end = Math.min(count, start + 1);
    const f = focused.current;
    if (f !== null && f < count) {
      start = Math.min(start, Math.max(0, f - OVERSCAN));
      end = Math.max(end, Math.min(count, f + OVERSCAN + 1));
    }
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, [count, virtual]);

  useLayoutEffect(() => {
    update();
  });
  useLayoutEffect(() => {
    if (!virtual) return;
    const options = { capture: true, passive: true };
    window.addEventListener("scroll", update, options);
    window.addEventListener("resize", update, options);
    return () => {
      window.removeEventListener("scroll", update, options);
      window.removeEventListener("resize", update, options);
    };
  }, [update, virtual]);

  const start = virtual ? Math.min(range.start, count) : 0;
  const end = virtual ? Math.min(Math.max(range.end, start), count) : count;
  const h = height.current;
  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as Element).closest("li");
    const index = row ? Array.prototype.indexOf.call(list.current?.children ?? [], row) : -1;
    if (index >= 0) {
      focused.current = start + index;
      update();
    }
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!list.current?.contains(e.relatedTarget as Node | null)) focused.current = null;
  };
  return (
    <ul
      ref={list}
      class={className}
      aria-label={label}
      // No scroll anchoring: the browser must not move the page when rows above the view are swapped for padding.
      style={virtual ? { paddingTop: `${start * h}px`, paddingBottom: `${(count - end) * h}px`, overflowAnchor: "none" } : undefined}
      onFocusIn={virtual ? onFocusIn : undefined}
      onFocusOut={virtual ? onFocusOut : undefined}
    >
      {items.slice(start, end).map((item, i) => renderItem(item, virtual ? { posinset: start + i + 1, setsize: count } : undefined))}
    </ul>
  );
}

function firstScreen(rowHeight: number): number {
  return Math.ceil((typeof window === "undefined" ? 800 : window.innerHeight) / rowHeight) + OVERSCAN;
}
