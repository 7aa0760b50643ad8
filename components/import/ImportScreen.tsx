import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { MAX_FILE_BYTES, tooBigMessage } from "@/graduated-approach/csv-import";
import type { ImportModel } from "@/state/import-model";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { ImportProgressBar } from "./ImportProgressBar";
import { InterruptedImport } from "./InterruptedImport";
import { ImportReportView } from "./ImportReportView";
import { PreviewChecks } from "./PreviewChecks";
import { PreviewSection } from "./PreviewSection";
import "./import.css";

/** The import screen: choose a file, map its columns, check the preview, confirm, then read the report. */
export function ImportScreen({ imp, today, onCensus }: { imp: ImportModel; today(): string; onCensus(): void }) {
  const [confirmed, setConfirmed] = useState(false);
  const preview = imp.preview.value;
  const problem = imp.problem.value;
  const problems = useMemo(() => (problem ? [{ field: "import-file", message: problem }] : []), [problem]);
  // When a file's preview first appears, focus goes to what needs checking (or the preview's heading).
  const previewShown = useRef(false);
  useEffect(() => {
    if (!preview) {
      previewShown.current = false;
      return;
    }
    if (previewShown.current) return;
    previewShown.current = true;
    const target = document.querySelector<HTMLElement>(".import-pupils .error-summary") ?? document.getElementById("import-preview-heading");
    target?.setAttribute("tabindex", "-1");
    target?.focus();
  }, [preview]);

  async function onFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setConfirmed(false);
    if (!file) return;
    // A file too big to read is refused before its bytes are loaded into memory.
    if (file.size > MAX_FILE_BYTES) imp.refuse(file.name, tooBigMessage(file.size));
    else await imp.choose(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  return (
    <section aria-labelledby="import-heading" class="import-pupils">
      <h2 id="import-heading">Import pupils</h2>
      <ErrorSummary errors={problems} />
      <InterruptedImport model={imp.interrupted} />
      {preview && <PreviewChecks preview={preview} />}
      <p>
        Choose a pupil list exported from your MIS: a CSV file, or a Common Transfer File (CTF). Nothing is saved until you
        confirm.
      </p>
      <div class="field">
        <label for="import-file">CSV or Common Transfer File (XML)</label>
        <p class="hint" id="import-file-hint">Pupils are matched by UPN, or by name and date of birth: a match is updated, never duplicated. Files up to 25 MB.</p>
        {problem && (
          <p class="error-message" id="import-file-error">
            {problem}
          </p>
        )}
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.xml"
          aria-describedby={problem ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={problem ? true : undefined}
          disabled={imp.busy.value}
          onChange={onFile}
        />
      </div>
      <ImportProgressBar progress={imp.progress.value} stoppedNote={imp.stopped.value} onCancel={imp.cancel} />
      {imp.result.value && <ImportReportView report={imp.result.value} today={today} />}
      {preview && (
        <PreviewSection imp={imp} preview={preview} confirmed={confirmed} onConfirmedChange={setConfirmed} />
      )}
      <h3>Census check</h3>
      <p class="hint">UPN, names, SEN provision and needs for every pupil on roll, to compare with your MIS before census day.</p>
      <button type="button" class="button secondary" onClick={onCensus}>
        Download census check (CSV)
      </button>
    </section>
  );
}
