import { useEffect } from "preact/hooks";
import type { InterruptedImport as Model } from "@/state/interrupted-import";

/** When the clock reads "2026-12-01T10:02:00.000Z": "1 December 2026 at 10:02". */
function startedWords(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${day} at ${time}`;
}

/**
 * An import that did not finish (the tab closed, saving failed): what it saved, and a choice to finish or
 * undo it. Looked for each time the import screen opens.
 */
export function InterruptedImport({ model }: { model: Model }) {
  useEffect(() => {
    void model.find();
  }, [model]);
  const found = model.found.value;
  const done = model.done.value;
  if (!found) return done ? <p class="notice" role="status">{done}</p> : null;
  return (
    <section class="notice import-interrupted" aria-labelledby="import-interrupted-heading">
      <h3 id="import-interrupted-heading">An import did not finish</h3>
      <p>
        The import of {found.fileName} started on {startedWords(found.startedAt)} saved {found.saved.toLocaleString("en-GB")} of{" "}
        {found.total.toLocaleString("en-GB")} pupils before it stopped. Finish it to save the rest, or undo it to put the register
        back as it was before.
      </p>
      {model.problem.value && <p class="error-message">{model.problem.value}</p>}
      <div class="button-row">
        <button type="button" class="button" disabled={model.working.value} onClick={() => void model.finish()}>
          Finish the import
        </button>{" "}
        <button type="button" class="button secondary" disabled={model.working.value} onClick={() => void model.undo()}>
          Undo the import
        </button>
      </div>
    </section>
  );
}
