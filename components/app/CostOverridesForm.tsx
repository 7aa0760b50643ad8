import { useState } from "preact/hooks";
import { rateKey, type CostOverrides } from "@/school-setting/cost-overrides";
import { formatPounds } from "@/graduated-approach/setting-costs";
import type { AppModel } from "@/state/app-model";
import { TextField } from "@/components/ui/fields";

type Values = Record<string, string>;

/** The setting's own hourly rates (by cost code or staff role) and SEN support threshold, where they differ from the framework's. */
export function CostOverridesForm({ model }: { model: AppModel }) {
  const setting = model.setting.value;
  const framework = model.framework.value;
  const saved = setting?.costs;
  const keys = [...new Set(framework.catalogue.map(rateKey).filter((k): k is string => Boolean(k)))];
  const [values, setValues] = useState<Values>(() => ({
    threshold: saved?.senSupportThreshold === undefined ? "" : String(saved.senSupportThreshold),
    ...Object.fromEntries(keys.map((k) => [k, saved?.rates[k] === undefined ? "" : String(saved.rates[k])])),
  }));
  const [done, setDone] = useState(false);
  if (!setting) return null;
  const bad = (v: string | undefined) => Boolean(v?.trim()) && !(Number(v) >= 0);
  const errors = Object.fromEntries(Object.entries(values).filter(([, v]) => bad(v)).map(([k]) => [k, "Enter an amount in pounds, for example 21.50, or leave it empty"]));
  const save = async () => {
    if (Object.keys(errors).length) return;
    const rates = Object.fromEntries(keys.filter((k) => values[k]?.trim()).map((k) => [k, Number(values[k])]));
    const costs: CostOverrides = { rates, ...(values.threshold?.trim() ? { senSupportThreshold: Number(values.threshold) } : {}) };
    await model.updateSetting({ costs });
    setDone(true);
  };
  const set = (key: string, v: string) => {
    setDone(false);
    setValues({ ...values, [key]: v });
  };
  const rateOf = (key: string) => framework.catalogue.find((c) => rateKey(c) === key)?.hourlyRate;
  return (
    <section aria-labelledby="cost-overrides-title">
      <h2 id="cost-overrides-title">Costs in your setting</h2>
      <p class="hint">Leave a box empty to use the framework's figure. Costs in plans picked after a change use the new figures.</p>
      <TextField id="cost-threshold" label="SEN support threshold (£ a year)" hint={framework.senSupportThreshold ? `In use: ${formatPounds(framework.senSupportThreshold.amount)}` : undefined} value={values.threshold ?? ""} error={errors.threshold} onInput={(v) => set("threshold", v)} />
      {keys.map((k) => (
        <TextField key={k} id={`cost-rate-${k}`} label={`Hourly rate for ${k} (£)`} hint={rateOf(k) === undefined ? undefined : `In use: ${formatPounds(rateOf(k)!)}`} value={values[k] ?? ""} error={errors[k]} onInput={(v) => set(k, v)} />
      ))}
      {done && <p class="notice" role="status">Costs saved.</p>}
      <button type="button" class="button secondary" onClick={() => void save()}>Save costs</button>
    </section>
  );
}
