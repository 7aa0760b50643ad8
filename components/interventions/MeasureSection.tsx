import { useState } from "preact/hooks";
import type { Intervention, InterventionMeasure } from "@/provision-map/intervention";
import { formatProgress, MEASURE_PRESETS, presetOf } from "@/provision-map/measures";
import { pupilProgress } from "@/provision-map/progress";
import { everyRosterPupil } from "@/provision-map/roster";
import { setMeasure, setMeasureValues, type EditResult } from "@/provision-map/roster-edit";
import { interventionImpact } from "@/provision-map/progress";
import { NOT_PROOF_OF_CAUSE } from "@/provision-map/what-works";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { TableScroll } from "@/components/ui/TableScroll";
import { SelectField, TextField } from "@/components/ui/fields";

export interface MeasureSectionProps {
  intervention: Intervention;
  names: Map<string, string>;
  onEdit(edit: (i: Intervention, now: string) => EditResult): Promise<string | null>;
}

const toText = (n: number | undefined) => (n === undefined ? "" : String(n));
function readValue(text: string): number | undefined | "bad" {
  if (!text.trim()) return undefined;
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : "bad";
}

/** The group's entry and exit measure, each pupil's values and progress, and what the group's figures say. */
export function MeasureSection({ intervention: i, names, onEdit }: MeasureSectionProps) {
  const id = i.id;
  const [preset, setPreset] = useState(presetOf(i.measure));
  const [own, setOwn] = useState<InterventionMeasure>(i.measure && presetOf(i.measure) === "own" ? i.measure : { name: "", unit: "", higherIsBetter: true });
  const [values, setValues] = useState(() => new Map(i.measureValues.map((v) => [v.pupilId, { entry: toText(v.entry), exit: toText(v.exit) }])));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const pupils = everyRosterPupil(i);
  const progress = new Map(pupilProgress(i).map((p) => [p.pupilId, p.progress]));
  const impact = interventionImpact(i);
  const name = (pupilId: string) => names.get(pupilId) ?? "A pupil no longer on the register";

  const saveMeasure = async () => {
    const measure = preset === "own" ? own : MEASURE_PRESETS.find((p) => p.id === preset)?.measure;
    const message = await onEdit((x, now) => setMeasure(x, measure, now));
    setError(message);
    setSaved(message ? null : measure ? `Measure saved: ${measure.name}.` : "Measure removed.");
  };
  const saveValues = async () => {
    for (const pupilId of pupils) {
      const row = values.get(pupilId) ?? { entry: "", exit: "" };
      const entry = readValue(row.entry);
      const exit = readValue(row.exit);
      if (entry === "bad" || exit === "bad") {
        setError(`Enter ${name(pupilId)}'s entry and exit values as numbers, like 85 or 7.5`);
        return setSaved(null);
      }
      const message = await onEdit((x, now) => setMeasureValues(x, pupilId, { entry, exit }, now));
      if (message) return setError(message);
    }
    setError(null);
    setSaved("Entry and exit values saved.");
  };
  const setValue = (pupilId: string, key: "entry" | "exit", text: string) =>
    setValues((m) => new Map(m).set(pupilId, { ...(m.get(pupilId) ?? { entry: "", exit: "" }), [key]: text }));

  return (
    <section aria-labelledby={`${id}-measure`} class="page-section">
      <h3 id={`${id}-measure`}>Entry and exit measure</h3>
      {error && <p class="error-message" role="alert">{error}</p>}
      <SelectField
        id={`${id}-preset`}
        label="What the group measures"
        hint={MEASURE_PRESETS.find((p) => p.id === preset)?.hint}
        value={preset}
        options={[{ value: "", label: "No measure" }, ...MEASURE_PRESETS.map((p) => ({ value: p.id, label: p.measure.name })), { value: "own", label: "Our own measure" }]}
        onChange={setPreset}
      />
      {preset === "own" && (
        <>
          <TextField id={`${id}-own-name`} label="Name of your measure" value={own.name} onInput={(v) => setOwn({ ...own, name: v })} />
          <TextField id={`${id}-own-unit`} label="Unit (optional)" hint="For example, words or points" value={own.unit} onInput={(v) => setOwn({ ...own, unit: v })} />
          <SelectField
            id={`${id}-own-direction`}
            label="Which way is better?"
            value={own.higherIsBetter ? "higher" : "lower"}
            options={[{ value: "higher", label: "Higher is better" }, { value: "lower", label: "Lower is better" }]}
            onChange={(v) => setOwn({ ...own, higherIsBetter: v === "higher" })}
          />
        </>
      )}
      <button type="button" class="button secondary" onClick={() => void saveMeasure()}>Save measure</button>
      {i.measure && pupils.length > 0 && (
        <>
          <TableScroll label={`Entry and exit values in ${i.name}`}>
            <table class="data-table">
              <caption class="visually-hidden">Each pupil's entry and exit values and progress</caption>
              <thead>
                <tr><th scope="col">Pupil</th><th scope="col">Entry</th><th scope="col">Exit</th><th scope="col">Progress</th></tr>
              </thead>
              <tbody>
                {pupils.map((pupilId) => {
                  const row = values.get(pupilId) ?? { entry: "", exit: "" };
                  const p = progress.get(pupilId);
                  return (
                    <tr key={pupilId}>
                      <th scope="row">{name(pupilId)}</th>
                      {(["entry", "exit"] as const).map((key) => (
                        <td key={key}>
                          <label class="visually-hidden" for={`${id}-${key}-${pupilId}`}>{key === "entry" ? "Entry" : "Exit"} value for {name(pupilId)}</label>
                          <input id={`${id}-${key}-${pupilId}`} class="input-value" type="text" inputMode="decimal" value={row[key]} onInput={(e) => setValue(pupilId, key, e.currentTarget.value)} />
                        </td>
                      ))}
                      <td>{p === undefined ? "Not yet" : formatProgress(p, i.measure!.unit)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <button type="button" class="button" onClick={() => void saveValues()}>Save entry and exit values</button>
          <p class="hint">{i.measure.name}: {i.measure.higherIsBetter ? "higher is better" : "lower is better"}, so progress is shown as an improvement.</p>
        </>
      )}
      <p role="status" class="result-count">{saved ?? ""}</p>
      {impact.kind === "too-few-pupils" && <p>{impact.message}</p>}
      {impact.kind === "measured" && (
        <p>
          Across {impact.pupils} pupils: average progress {formatProgress(impact.meanProgress, i.measure!.unit)}, {formatPounds(impact.costPerPupil)} a pupil
          {impact.costPerUnit !== undefined ? `, ${formatPounds(impact.costPerUnit)} for each ${i.measure!.unit ? i.measure!.unit.replace(/s$/, "") : "unit"} of progress` : ""}.
        </p>
      )}
      {impact.kind !== "no-measure" && <p class="hint">{NOT_PROOF_OF_CAUSE}</p>}
    </section>
  );
}
