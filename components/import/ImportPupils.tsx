import { useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createImportModel } from "@/state/import-model";
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type PreviewRow } from "@/graduated-approach/csv-import";
import { downloadText } from "@/components/ui/download";

const SHOWN = 50;

/** Import a pupil list exported from the MIS as CSV, and download the register for the census check. */
export function ImportPupils({ model }: { model: AppModel }) {
  const imp = useMemo(
    () =>
      createImportModel({
        storage: model.storage,
        now: model.now,
        defaultTier: () => model.framework.value.tiers[0]?.id ?? "universal",
      }),
    [model],
  );
  const [confirmed, setConfirmed] = useState(false);
  const preview = imp.preview.value;
  const result = imp.result.value;

  async function onFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setConfirmed(false);
    if (file) await imp.choose(file.name, await file.text());
  }

  async function onCensus() {
    downloadText(`census-check-${model.now().toISOString().slice(0, 10)}.csv`, await imp.censusCsv(), "text/csv");
  }

  const rows: PreviewRow[] = preview ? preview.rows.filter((r, i) => i < SHOWN || r.errors.length > 0) : [];
  const withErrors = preview ? preview.rows.filter((r) => r.errors.length > 0).length : 0;
  const toImport = preview ? preview.counts.add + preview.counts.update : 0;

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import pupils</h2>
      <p>Choose a CSV pupil list exported from your MIS. Nothing is saved until you confirm.</p>
      <div class="field">
        <label for="import-file">CSV file</label>
        <p class="hint" id="import-file-hint">Pupils are matched by UPN: a match is updated, never duplicated.</p>
        <input id="import-file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="import-file-hint" onChange={onFile} />
      </div>
      {imp.problem.value && (
        <div class="error-summary" role="alert">
          <h3>The file could not be read</h3>
          <p>{imp.problem.value}</p>
        </div>
      )}
      {result && (
        <p class="notice" role="status">
          Added {result.toAdd.length}, updated {result.toUpdate.length}, skipped {result.skipped.length}.
        </p>
      )}
      {preview && (
        <>
          <p>
            {imp.fileName.value}: {preview.counts.rows} rows; {preview.counts.add} to add, {preview.counts.update} to update,{" "}
            {preview.counts.skip} to skip. {withErrors} rows have errors.
            {preview.unrecognisedHeaders.length > 0 && ` Columns not used: ${preview.unrecognisedHeaders.join(", ")}.`}
          </p>
          <div class="table-scroll">
          <table class="data-table">
            <caption>
              Showing {rows.length} of {preview.counts.rows} rows (the first {SHOWN} and every row with errors)
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {IMPORT_FIELDS.map((f) => (
                  <th key={f} scope="col">{IMPORT_FIELD_LABELS[f]}</th>
                ))}
                <th scope="col">Action</th>
                <th scope="col">Errors</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.rowNumber}>
                  <th scope="row">{r.rowNumber}</th>
                  {IMPORT_FIELDS.map((f) => (
                    <td key={f}>{r.cells[f] ?? ""}</td>
                  ))}
                  <td>{r.action}</td>
                  <td>{r.errors.join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <div class="field">
            <label class="checkbox">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} /> I have checked
              the preview
            </label>
          </div>
          {confirmed && toImport > 0 && (
            <button type="button" class="button" disabled={imp.busy.value} onClick={() => void imp.confirm()}>
              Import {toImport} pupils
            </button>
          )}
        </>
      )}
      <h3>Census check</h3>
      <p class="hint">UPN, names, SEN provision and needs for every pupil on roll, to compare with your MIS before census day.</p>
      <button type="button" class="button secondary" onClick={() => void onCensus()}>
        Download census check (CSV)
      </button>
    </section>
  );
}
