import type { FinalCheck } from "@/evidence-pack/final-check";

export interface DeidentifiedCheckProps {
  /** One word or name per line, as typed. */
  redactText: string;
  onRedactText: (text: string) => void;
  check: FinalCheck;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  /** Shown beside the tick box when the user tries to download without it. */
  error?: string;
}

/** Lines typed into the "other words to leave out" box, trimmed, blanks dropped. */
export function redactionsOf(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** For the de-identified pack: more words to leave out, and the final check of what is left out and what may still identify. */
export function DeidentifiedCheck({ redactText, onRedactText, check, confirmed, onConfirm, error }: DeidentifiedCheckProps) {
  return (
    <div class="deidentified-check">
      <div class="field">
        <label for="pack-redactions">Other words to leave out (optional)</label>
        <p class="hint" id="pack-redactions-hint">
          One on each line: a brother's or sister's name, a village, a club. Each is replaced by [redacted] wherever it appears.
        </p>
        <textarea id="pack-redactions" rows={3} aria-describedby="pack-redactions-hint" value={redactText} onInput={(e) => onRedactText(e.currentTarget.value)} />
      </div>
      <section aria-labelledby="final-check-title" class="notice">
        <h4 id="final-check-title">Final check before you share it</h4>
        <p>This pack leaves out:</p>
        <ul>
          {check.leftOut.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {check.stillThere.length === 0 ? (
          <p>Nothing else in the text looks like a name, a date of birth, a UPN or a postcode.</p>
        ) : (
          <>
            <p>
              <strong>Still in the text, and may identify the pupil:</strong> add any you want left out to the box above.
            </p>
            <ul>
              {check.stillThere.map((s) => (
                <li key={`${s.kind} ${s.text} ${s.where}`}>
                  "{s.text}" looks like {s.kind} ({s.where})
                </li>
              ))}
            </ul>
          </>
        )}
        <div class={`field${error ? " has-error" : ""}`}>
          {error && (
            <p class="error-message" id="final-check-confirm-error">
              <span class="visually-hidden">Error:</span> {error}
            </p>
          )}
          <label class="checkbox">
            <input
              id="final-check-confirm"
              type="checkbox"
              checked={confirmed}
              aria-describedby={error ? "final-check-confirm-error" : undefined}
              onChange={(e) => onConfirm(e.currentTarget.checked)}
            />
            I have read the final check and the pack is ready to share
          </label>
        </div>
      </section>
    </div>
  );
}
