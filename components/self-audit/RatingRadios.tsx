import { useRef } from "preact/hooks";
import type { ScaleLevel } from "@/commitment-framework/schema";

export interface RatingRadiosProps {
  id: string;
  labelledBy: string;
  levels: ScaleLevel[];
  value: number | undefined;
  /** `advance` is true when the rating came from a number key, so the next statement should take focus. */
  onRate(value: number, advance: boolean): void;
  onMove(step: 1 | -1): void;
  onSkip(): void;
}

/**
 * The scale as a radio group. Number keys rate and move on; left and right change the rating; up and down
 * move between statements; S skips. Only one option is in the tab order (the chosen one, or the first).
 */
export function RatingRadios({ id, labelledBy, levels, value, onRate, onMove, onSkip }: RatingRadiosProps) {
  const ref = useRef<HTMLDivElement>(null);
  const tabbable = levels.some((l) => l.value === value) ? value : levels[0]?.value;

  function focusLevel(index: number) {
    const level = levels[(index + levels.length) % levels.length]!;
    onRate(level.value, false);
    ref.current?.querySelector<HTMLElement>(`[data-value="${level.value}"]`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const current = levels.findIndex((l) => l.value === value);
    const byKey = levels.find((l) => String(l.value) === e.key);
    if (byKey) onRate(byKey.value, true);
    else if (e.key === "ArrowRight") focusLevel(current + 1);
    else if (e.key === "ArrowLeft") focusLevel(current < 0 ? levels.length - 1 : current - 1);
    else if (e.key === "ArrowDown") onMove(1);
    else if (e.key === "ArrowUp") onMove(-1);
    else if (e.key === "s" || e.key === "S") onSkip();
    else return;
    e.preventDefault();
  }

  return (
    <div class="rating-radios" role="radiogroup" id={id} aria-labelledby={labelledBy} ref={ref} onKeyDown={onKeyDown}>
      {levels.map((level) => (
        <button
          key={level.value}
          type="button"
          role="radio"
          class={`rating-option rating-${level.value}`}
          data-value={level.value}
          aria-checked={value === level.value}
          tabIndex={tabbable === level.value ? 0 : -1}
          title={level.description}
          onClick={() => onRate(level.value, false)}
        >
          <span class="rating-key" aria-hidden="true">{level.value}</span> {level.label}
        </button>
      ))}
    </div>
  );
}
