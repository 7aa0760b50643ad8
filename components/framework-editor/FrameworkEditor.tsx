import { useEffect, useMemo, useState } from "preact/hooks";
import { publishedFileName } from "@/commitment-framework/edit-framework";
import type { Framework } from "@/commitment-framework/schema";
import { downloadText } from "@/components/ui/download";
import { TextField } from "@/components/ui/fields";
import type { AppModel } from "@/state/app-model";
import { createFrameworkEditorModel, type FrameworkEditorModel } from "@/state/framework-editor-model";
import { EditorCatalogue } from "./EditorCatalogue";
import { EditorLevels } from "./EditorLevels";
import { EditorStatements } from "./EditorStatements";
import "../framework-import/framework-import.css";

/** Workspace screen for local authority teams: edit the framework and publish it as a new, versioned JSON file. */
export function FrameworkEditor({ app }: { app: AppModel }) {
  const [start, setStart] = useState<Framework | null>(null);
  const id = app.setting.value?.frameworkId;
  useEffect(() => {
    if (id) void app.storedFramework(id).then((fw) => setStart(fw ?? app.framework.value));
  }, [app, id]);
  if (!start) return <p>Loading the framework…</p>;
  return <Editor key={`${start.id}@${start.version}`} app={app} start={start} />;
}

function Editor({ app, start }: { app: AppModel; start: Framework }) {
  const model = useMemo(() => createFrameworkEditorModel(app, start), [app, start]);
  const [published, setPublished] = useState<string | null>(null);
  const draft = model.draft.value;
  const ready = model.publishable.value;
  const publish = async () => {
    if (!ready) return;
    downloadText(publishedFileName(ready), `${JSON.stringify(ready, null, 2)}\n`, "application/json");
    await model.publishAndUse(ready);
    setPublished(`Version ${ready.version} is published as ${publishedFileName(ready)} and your setting now uses it.`);
  };
  return (
    <section class="framework-import framework-editor" aria-labelledby="editor-title">
      <h2 id="editor-title">Edit framework</h2>
      <p class="hint">
        For local authority teams: change {start.name} (version {start.version}) and publish it as a new version. Settings import the
        published file; their audits and plans keep the version they were made with.
      </p>
      <Problems model={model} />
      <div class="mapping-grid">
        <TextField id="ed-id" label="Framework id" hint="Keep it the same for every version." value={draft.id} error={model.fieldErrors.value.get("id")} onInput={(id) => model.set({ ...draft, id })} />
        <TextField id="ed-name" label="Framework name" value={draft.name} error={model.fieldErrors.value.get("name")} onInput={(name) => model.set({ ...draft, name })} />
        <TextField id="ed-version" label="Version" hint={`Published version: ${start.version}`} value={draft.version} error={model.fieldErrors.value.get("version")} onInput={(version) => model.set({ ...draft, version })} />
        <TextField id="ed-published" label="Published (YYYY-MM-DD)" value={draft.published} error={model.fieldErrors.value.get("published")} onInput={(published) => model.set({ ...draft, published })} />
      </div>
      <EditorLevels model={model} />
      <EditorStatements model={model} />
      <EditorCatalogue model={model} />
      {published && <p class="notice" role="status">{published}</p>}
      <div class="button-row">
        <button type="button" class="button" disabled={!ready} onClick={() => void publish()}>
          Publish version {draft.version}
        </button>
      </div>
    </section>
  );
}

function Problems({ model }: { model: FrameworkEditorModel }) {
  const problems = model.problems.value;
  return (
    <div role="status" aria-live="polite">
      {problems.length === 0 ? (
        <p class="notice">Nothing to fix: this draft can be published.</p>
      ) : (
        <div class="error-summary">
          <h3>{problems.length} thing{problems.length === 1 ? "" : "s"} to fix before publishing</h3>
          <ul class="problems">
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
