import { useState } from "preact/hooks";
import { topAreaOf, topAreas } from "@/commitment-framework/queries";
import type { CatalogueItem, Framework, Statement } from "@/commitment-framework/schema";
import { catalogueArea, provisionFromCatalogue } from "@/graduated-approach/catalogue-provision";
import type { PlanStage, Provision } from "@/graduated-approach/cycle-stages";
import type { PlanIssue } from "@/graduated-approach/plan-quality";
import { planYearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { DateField } from "@/components/ui/input-fields";
import { usePendingFocus } from "@/components/ui/use-pending-focus";
import { adviceFor } from "./issue-fields";
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
  /** The plan stage's quality issues, shown beside the fields they are about. */
  issues: readonly PlanIssue[];
  /** The one outcome or provision card that is open, if any. */
  openItem: string | null;
  onOpenItem: (id: string | null) => void;
  onChange: (stage: PlanStage) => void;
}

const newId = () => crypto.randomUUID();

export function PlanStageForm({ stage, framework, pupilAreas, tier, showPreparingForAdulthood, issues, openItem, onOpenItem, onChange }: PlanStageFormProps) {
  const [picking, setPicking] = useState(false);
  const focusSoon = usePendingFocus();
  const set = (patch: Partial<PlanStage>) => onChange({ ...stage, ...patch });
  const needAreas = topAreas(framework, "need");
  const areaOptions = needAreas.map((a) => ({ value: a.id, label: a.name }));
  const firstArea = pupilAreas[0] ?? needAreas[0]?.id ?? "communication-interaction";
  const toggle = (id: string) => onOpenItem(openItem === id ? null : id);
  const issuesOf = (id: string) => issues.filter((i) => i.itemId === id);
  const addOutcome = () => {
    const id = newId();
    set({ outcomes: [...stage.outcomes, { id, area: firstArea, what: "", baseline: "", target: "", howMeasured: "" }] });
    onOpenItem(id);
    focusSoon(`oc-${id}-what`);
  };
  const addProvision = (p: Partial<Provision>, focusField: string) => {
    const provision: Provision = {
      id: newId(), title: "", area: firstArea, who: "", frequencyPerWeek: 0, sessionMinutes: 0, groupSize: 1, weeks: 0, hourlyCost: 0, ...p,
    };
    set({ provisions: [...stage.provisions, provision] });
    setPicking(false);
    onOpenItem(provision.id);
    focusSoon(`pv-${provision.id}-${focusField}`);
  };
  const offered = pupilAreas.length ? pupilAreas : needAreas.map((a) => a.id);
  const fromStatement = (s: Statement) =>
    addProvision({ statementId: s.id, title: s.text, area: topAreaOf(framework, s.area)?.id ?? s.area, level: s.level, frameworkVersion: framework.version }, "who");
  const fromCatalogue = (item: CatalogueItem) => addProvision(provisionFromCatalogue(framework, item, catalogueArea(framework, item, offered) ?? firstArea), "who");

  return (
    <div class="stage-form">
      <h3>Outcomes</h3>
      {stage.outcomes.length === 0 && <p class="empty">No outcomes yet. Add at least one.</p>}
      <ul class="card-list">
        {stage.outcomes.map((o, i) => (
          <OutcomeFields
            key={o.id}
            outcome={o}
            index={i}
            areaOptions={areaOptions}
            showPreparingForAdulthood={showPreparingForAdulthood}
            issues={issuesOf(o.id)}
            open={openItem === o.id}
            onToggle={() => toggle(o.id)}
            onChange={(next) => set({ outcomes: stage.outcomes.map((x) => (x.id === o.id ? next : x)) })}
            onRemove={() => {
              set({ outcomes: stage.outcomes.filter((x) => x.id !== o.id) });
              focusSoon("add-outcome");
            }}
          />
        ))}
      </ul>
      <button type="button" class="button secondary" id="add-outcome" onClick={addOutcome}>
        Add an outcome
      </button>

      <h3>Provision</h3>
      {stage.provisions.length === 0 && <p class="empty">No provision yet.</p>}
      <ul class="card-list">
        {stage.provisions.map((p, i) => (
          <ProvisionFields
            key={p.id}
            provision={p}
            framework={framework}
            index={i}
            areaOptions={areaOptions}
            issues={issuesOf(p.id)}
            open={openItem === p.id}
            onToggle={() => toggle(p.id)}
            onChange={(next) => set({ provisions: stage.provisions.map((x) => (x.id === p.id ? next : x)) })}
            onRemove={() => {
              set({ provisions: stage.provisions.filter((x) => x.id !== p.id) });
              focusSoon("add-provision");
            }}
          />
        ))}
      </ul>
      {picking ? (
        <ProvisionPicker
          framework={framework}
          areas={offered}
          tier={tier}
          onPick={fromStatement}
          onPickCatalogue={fromCatalogue}
          onCustom={() => addProvision({ title: "" }, "title")}
          onClose={() => {
            setPicking(false);
            focusSoon("add-provision");
          }}
        />
      ) : (
        <button
          type="button"
          class="button secondary"
          id="add-provision"
          onClick={() => {
            setPicking(true);
            onOpenItem(null);
            focusSoon("picker-search");
          }}
        >
          Add provision
        </button>
      )}
      <p class="cost-line">
        Plan total: <strong>{formatPounds(planYearlyCost(stage.provisions))}</strong> a year
      </p>

      <DateField
        id="plan-review-date"
        label="Review date"
        hint="Most plans are reviewed every 6 to 12 weeks."
        value={stage.reviewDate ?? ""}
        advice={adviceFor(issues, "plan-review-date")}
        onChange={(v) => set({ reviewDate: v || undefined })}
      />
    </div>
  );
}
