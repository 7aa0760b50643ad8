import { useState } from "preact/hooks";

/** "Make a new recovery key": for when the old one may be lost or seen; the old key stops working at once. */
export function NewRecoveryKey({ onMake }: { onMake: () => Promise<void> }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div class="page-section">
      <h3>Recovery key</h3>
      <p class="hint">
        If your recovery key may be lost or seen by someone else, make a new one. The old key stops working at once, and
        the new one is shown once, to print or save.
      </p>
      {failure && (
        <p class="error-message" role="alert">
          {failure}
        </p>
      )}
      <button
        type="button"
        class="button secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          onMake()
            .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? "Making a new recovery key…" : "Make a new recovery key"}
      </button>
    </div>
  );
}
