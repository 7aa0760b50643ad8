import type { FrameworkImportModel } from "@/state/framework-import-model";

/** Step 1: the file or files to import. */
export function ChooseFrameworkFiles({ model }: { model: FrameworkImportModel }) {
  const problems = model.fileProblem.value;
  const choose = async (list: FileList | null) => {
    const chosen = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    await model.chooseFiles(chosen);
  };
  return (
    <div class={`field${problems.length ? " has-error" : ""}`}>
      <label for="framework-source">Framework file (JSON, CSV or XLSX spreadsheet)</label>
      <p class="hint" id="framework-source-hint">
        Any local authority's file, or several that make one framework (a provision sheet and a descriptor sheet, say): you say
        which column holds what on the next step. Nothing changes until you choose to use it.
      </p>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <h3>The file could not be read</h3>
          <ul>
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
          <p>
            The format and a template are described in docs/framework-format.md; you can also download the templates below.
          </p>
        </div>
      )}
      <input id="framework-source" type="file" multiple accept=".json,.csv,.xlsx,application/json,text/csv" aria-describedby="framework-source-hint" onChange={(e) => void choose(e.currentTarget.files)} />
    </div>
  );
}
