import type { Strength } from "./use-strength";

/** Four bars and a word for how hard a passphrase is to guess, announced politely as it changes. */
export function StrengthMeter({ rating, entered }: { rating: Strength; entered: boolean }) {
  return (
    <div class={`strength${rating.ok ? " good" : ""}`} aria-live="polite">
      <div class="strength-bar" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} class={rating.score >= n ? "on" : ""} />
        ))}
      </div>
      Strength: {entered ? rating.label : "nothing entered yet"}
    </div>
  );
}
