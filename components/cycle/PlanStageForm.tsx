import { topAreaOf, topAreas } from "@/commitment-framework/queries";
import { useState } from "preact/hooks";
import type { CatalogueItem, Framework, Statement } from "@/commitment-framework/schema";
import { catalogueArea, provisionFromCatalogue } from "@/graduated-approach/catalogue-provision";
import type { PlanStage, Provision } from "@/graduated-approach/cycle-stages";
import { planYearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { DateField } from "@/components/ui/input-fields";
import { OutcomeFields } from "./OutcomeFields";
import { ProvisionFields } from "./ProvisionFields";
import { ProvisionPicker } from "./ProvisionPicker";

export interface PlanStageFormProps {
  stage: PlanStage;
  framework: Framework;
  /** The pupil's need areas, first offered for outcomes and provision. */
  pupilAreas: string[];
  tier: string;
  showPreparingForAdulthood: boolean;
  onChange: (stage: PlanStage) => void;
}

const newId = () => crypto.randomUUID();

export function PlanStageForm({ stage, framework, pupilAreas, tier, showPreparingForAdulthood, onChange }: PlanStageFormProps) {
  const [picking, setPicking] = useState(false);
  const set = (patch: Partial<PlanStage>) => onChange({ ...stage, ...patch });
  const needAreas = topAreas(framework, "need");
  const areaOptions = needAreas.map((a) => ({ value: a.id, label: a.name }));
  const firstArea = pupilAreas[0] ?? needAreas[0]?.id ?? "communication-interaction";
  const addProvision = (p: Partial<Provision>) => {
    const provision: Provision = {
      id: newId(), title: "", area: firstArea, who: "", frequencyPerWeek: 0, sessionMinutes: 0, groupSize: 1, weeks: 0, hourlyCost: 0, ...p,
    };
    set({ provisions: [...stage.provisions, provision] });
    setPicking(false);
  };
  const offered = pupilAreas.length ? pupilAreas : needAreas.map((a) => a.id);
  const fromStatement = (s: Statement) =>
    addProvision({ statementId: s.id, title: s.text, area: topAreaOf(framework, s.area)?.id ?? s.area, level: s.level, frameworkVersion: framework.version });
  const fromCatalogue = (item: CatalogueItem) => addProvision(provisionFromCatalogue(framework, item, catalogueArea(framework, item, offered) ?? firstArea));

  return (
    <div class="stage-form">
      <h3>Outcomes</h3>
      <p class="hint">Make each outcome SMART: specific, measurable, achievable, relevant and time-bound.</p>
      {stage.outcomes.length === 0 && <p class="empty">No outcomes yet. Add at least one.</p>}
      {stage.outcomes.map((o, i) => (
        <OutcomeFields
          key={o.id}
          outcome={o}
          index={i}
          areaOptions={areaOptions}
          showPreparingForAdulthood={showPreparingForAdulthood}
          onChange={(next) => set({ outcomes: stage.outcomes.map((x) => (x.id === o.id ? next : x)) })}
          onRemove={() => set({ outcomes: stage.outcomes.filter((x) => x.id !== o.id) })}
        />
      ))}
      <button
        type="button"
        class="button secondary"
        onClick={() => set({ outcomes: [...stage.outcomes, { id: newId(), area: firstArea, what: "New outcome", baseline: "", target: "", howMeasured: "" }] })}
      >
        Add an outcome
      </button>

      <h3>Provision</h3>
      {stage.provisions.length === 0 && <p class="empty">No provision yet.</p>}
      {stage.provisions.map((p, i) => (
        <ProvisionFields
          key={p.id}
          provision={p}
          framework={framework}
          index={i}
          areaOptions={areaOptions}
          onChange={(next) => set({ provisions: stage.provisions.map((x) => (x.id === p.id ? next : x)) })}
          onRemove={() => set({ provisions: stage.provisions.filter((x) => x.id !== p.id) })}
        />
      ))}
      {picking ? (
        <ProvisionPicker
          framework={framework}
          areas={offered}
          tier={tier}
          onPick={fromStatement}
          onPickCatalogue={fromCatalogue}
          onCustom={() => addProvision({ title: "Our own provision" })}
          onClose={() => setPicking(false)}
        />
      ) : (
        <button type="button" class="button secondary" onClick={() => setPicking(true)}>
          Add provision
        </button>
      )}
      <p class="cost-line">
        Plan total: <strong>{formatPounds(planYearlyCost(stage.provisions))}</strong> a year
      </p>

      <h3>Review</h3>
      <DateField id="plan-review-date" label="Review date" hint="Most plans are reviewed every 6 to 12 weeks." value={stage.reviewDate ?? ""} onChange={(v) => set({ reviewDate: v || undefined })} />
    </div>
  );
}
