import { useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { SelectField } from "@/components/ui/fields";

/** Choose which framework the setting follows, or load a local authority's own framework file. */
export function FrameworkChoice({ model }: { model: AppModel }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<string | null>(null);
  const setting = model.setting.value;
  if (!setting) return null;

  const load = async (file: File | undefined) => {
    setLoaded(null);
    if (!file) return;
    const problems = await model.importFramework(await file.text(), file.name);
    setErrors(problems);
    if (!problems.length) setLoaded(`${file.name} loaded: your setting now follows ${model.framework.value.name}.`);
  };

  return (
    <section aria-labelledby="framework-choice-title">
      <h2 id="framework-choice-title">Local framework</h2>
      <SelectField
        id="framework-choice"
        label="Framework your setting follows"
        value={setting.frameworkId}
        options={model.frameworkChoices.value}
        onChange={(id) => void model.chooseFramework(id)}
      />
      <div class={`field${errors.length ? " has-error" : ""}`}>
        <label for="framework-file">Load another local authority's framework (JSON file)</label>
        <p class="hint" id="framework-file-hint">
          The file is checked before anything changes. Your audits keep the framework version they were made with. For a
          spreadsheet, CSV or a file in another shape, use the Import framework tab.
        </p>
        {errors.length > 0 && (
          <div class="error-summary" role="alert">
            <h3>The framework was not loaded</h3>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {loaded && (
          <p class="notice" role="status">
            {loaded}
          </p>
        )}
        <input id="framework-file" type="file" accept=".json,application/json" aria-describedby="framework-file-hint" onChange={(e) => void load(e.currentTarget.files?.[0])} />
      </div>
    </section>
  );
}
