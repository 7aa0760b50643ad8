import { useState } from "preact/hooks";

const CONFIRM_WORD = "ERASE";

/** Deletes every record on this computer after the user types a confirmation word. */
export function EraseEverything({ onErase }: { onErase: () => Promise<void> }) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">Erase everything</h2>
      <p>
        This permanently deletes every pupil, APDR (assess, plan, do, review) cycle, audit and setting held by SEND
        Companion on this computer. It cannot be undone. Make a backup first if you may need the records again.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim().toUpperCase() !== CONFIRM_WORD) {
            setError(`Type ${CONFIRM_WORD} to confirm`);
            return;
          }
          setError(null);
          void onErase().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
        }}
      >
        <div class={`field${error ? " has-error" : ""}`}>
          <label for="erase-confirm">Type {CONFIRM_WORD} to confirm</label>
          {error && (
            <p class="error-message" id="erase-confirm-error" role="alert">
              <span class="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input id="erase-confirm" type="text" value={typed} autoComplete="off" aria-describedby={error ? "erase-confirm-error" : undefined} onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button danger">
          Erase everything on this computer
        </button>
      </form>
    </section>
  );
}
