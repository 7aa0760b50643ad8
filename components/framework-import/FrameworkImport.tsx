import { useMemo } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createFrameworkImportModel } from "@/state/framework-import-model";
import { frameworkSummary } from "@/commitment-framework/summary";
import { downloadText } from "@/components/ui/download";
import { ChooseFrameworkFiles } from "./ChooseFrameworkFiles";
import { MappingColumnsForm } from "./MappingColumnsForm";
import { MappingDetailsForm } from "./MappingDetailsForm";
import { MappingAreasForm, MappingLevelsForm } from "./MappingLevelsForm";
import { MappingPreview } from "./MappingPreview";
import { MappingSourceForm } from "./MappingSourceForm";
import { TemplateDownloads } from "./TemplateDownloads";
import { VersionDiff } from "./VersionDiff";
import "./framework-import.css";

/** Workspace screen: import any local authority's framework through a mapping, see what changes, and use it. */
export function FrameworkImport({ app }: { app: AppModel }) {
  const model = useMemo(() => createFrameworkImportModel(app), [app]);
  const step = model.step.value;
  const inspection = model.inspection.value;
  const draft = model.draft.value;
  const ready = model.ready.value;
  return (
    <section class="framework-import" aria-labelledby="framework-import-title">
      <h2 id="framework-import-title">Import a framework</h2>
      {step === "choose" && (
        <>
          <ChooseFrameworkFiles model={model} />
          <TemplateDownloads />
        </>
      )}
      {step === "map" && draft && inspection?.ok && (
        <>
          <p class="hint">
            {model.files.value.map((f) => f.name).join(", ")}: {inspection.rows.length} records.
            {model.reused.value ? " The mapping saved for this file last time is filled in." : " Columns are guessed from their names: check each one."}
          </p>
          <MappingDetailsForm draft={draft} onChange={model.setDraft} />
          <MappingSourceForm inspection={inspection} source={draft.source ?? {}} onChange={(s) => void model.reread(s)} />
          {model.fileProblem.value.length > 0 && <p class="error-message" role="alert">{model.fileProblem.value.join(" ")}</p>}
          <MappingColumnsForm draft={draft} headers={inspection.headers} nested={inspection.kind === "json"} onChange={model.setDraft} />
          <MappingLevelsForm draft={draft} rows={inspection.rows} onChange={model.setDraft} />
          <MappingAreasForm draft={draft} rows={inspection.rows} onChange={model.setDraft} />
          <MappingPreview result={model.preview.value} mappingProblems={model.mappingProblems.value} />
          <div class="button-row">
            <button type="button" class="button" disabled={!model.preview.value?.framework} onClick={() => void model.confirmMapping()}>
              Save mapping and continue
            </button>
            <button type="button" class="button secondary" onClick={() => downloadText("framework-mapping.json", `${JSON.stringify(draft, null, 2)}\n`, "application/json")}>
              Download mapping
            </button>
            <button type="button" class="button link" onClick={model.startAgain}>Choose another file</button>
          </div>
        </>
      )}
      {step === "review" && ready && (
        <>
          {model.diff.value ? (
            <VersionDiff diff={model.diff.value} uses={model.removedInUse.value} />
          ) : (
            <pre class="summary-lines">{frameworkSummary(ready).join("\n")}</pre>
          )}
          <div class="button-row">
            <button type="button" class="button" onClick={() => void model.use()}>
              Use version {ready.version} of {ready.name}
            </button>
            <button type="button" class="button link" onClick={model.startAgain}>Cancel</button>
          </div>
        </>
      )}
      {step === "done" && ready && (
        <>
          <p class="notice" role="status">
            Your setting now follows {ready.name}, version {ready.version}. Earlier versions are kept for the audits and plans made with them.
          </p>
          <button type="button" class="button secondary" onClick={model.startAgain}>Import another</button>
        </>
      )}
    </section>
  );
}
