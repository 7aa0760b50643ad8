import { useState } from "preact/hooks";
import { DECISION_LABELS, IMPACT_LABELS, PROGRESS_LABELS } from "@/graduated-approach/cycle-labels";
import { ImpactRating, Progress, ReviewDecision, type PlanStage, type ReviewStage } from "@/graduated-approach/cycle-stages";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { SelectField } from "@/components/ui/fields";
import { DateField, TextAreaField } from "@/components/ui/input-fields";
import { RadiosField } from "@/components/ui/radios-field";

export interface ReviewStageFormProps {
  stage: ReviewStage;
  plan: PlanStage;
  today: string;
  closed: boolean;
  onChange: (stage: ReviewStage) => void;
  onClose: (stage: ReviewStage) => void;
}

const progressOptions = [{ value: "", label: "Choose progress" }, ...Progress.options.map((p) => ({ value: p, label: PROGRESS_LABELS[p] }))];
const impactOptions = [{ value: "", label: "Choose impact" }, ...ImpactRating.options.map((r) => ({ value: r, label: IMPACT_LABELS[r] }))];

export function ReviewStageForm({ stage, plan, today, closed, onChange, onClose }: ReviewStageFormProps) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (patch: Partial<ReviewStage>) => onChange({ ...stage, ...patch });
  const progressOf = (id: string) => stage.outcomeProgress.find((p) => p.outcomeId === id);
  const impactOf = (id: string) => stage.provisionImpact.find((p) => p.provisionId === id);
  const setProgress = (outcomeId: string, patch: Partial<{ progress: Progress; evidence: string }>) => {
    const current = progressOf(outcomeId) ?? { outcomeId, progress: "not-started" as Progress, evidence: "" };
    set({ outcomeProgress: [...stage.outcomeProgress.filter((p) => p.outcomeId !== outcomeId), { ...current, ...patch }] });
  };
  const setImpact = (provisionId: string, patch: Partial<{ impact: string; rating: ImpactRating | undefined }>) => {
    const current = impactOf(provisionId) ?? { provisionId, impact: "" };
    set({ provisionImpact: [...stage.provisionImpact.filter((p) => p.provisionId !== provisionId), { ...current, ...patch }] });
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!stage.decision) found.push({ field: "review-decision", message: "Choose what happens next" });
    if (stage.reviewedOn && stage.reviewedOn > today) found.push({ field: "review-date", message: "The date of the review must be today or in the past" });
    setErrors(found);
    if (found.length === 0) onClose({ ...stage, reviewedOn: stage.reviewedOn || today });
  };

  return (
    <form class="stage-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <DateField id="review-date" label="Date of the review" hint="Leave blank for today." value={stage.reviewedOn ?? ""} error={errorFor(errors, "review-date")} onChange={(v) => set({ reviewedOn: v || undefined })} />
      <h3>Progress on each outcome</h3>
      {plan.outcomes.length === 0 && <p class="empty">The plan has no outcomes to review.</p>}
      {plan.outcomes.map((o, i) => (
        <fieldset key={o.id} class="item-card">
          <legend>Outcome {i + 1}: {o.what}</legend>
          {o.target && <p class="hint">Target: {o.target}</p>}
          <SelectField id={`rv-${o.id}-progress`} label="Progress" value={progressOf(o.id)?.progress ?? ""} options={progressOptions} onChange={(v) => v && setProgress(o.id, { progress: Progress.parse(v) })} />
          <TextAreaField id={`rv-${o.id}-evidence`} label="Evidence" value={progressOf(o.id)?.evidence ?? ""} onInput={(evidence) => setProgress(o.id, { evidence })} rows={2} />
        </fieldset>
      ))}
      <h3>Impact of each provision</h3>
      {plan.provisions.length === 0 && <p class="empty">The plan has no provision to review.</p>}
      {plan.provisions.map((p, i) => (
        <fieldset key={p.id} class="item-card">
          <legend>Provision {i + 1}: {p.title}</legend>
          <SelectField id={`rv-${p.id}-rating`} label="Impact" value={impactOf(p.id)?.rating ?? ""} options={impactOptions} onChange={(v) => setImpact(p.id, { rating: v ? ImpactRating.parse(v) : undefined })} />
          <TextAreaField id={`rv-${p.id}-impact`} label="What difference it made" value={impactOf(p.id)?.impact ?? ""} onInput={(impact) => setImpact(p.id, { impact })} rows={2} />
        </fieldset>
      ))}
      <h3>Views at the review</h3>
      <TextAreaField id="review-pupil-view" label="The pupil's view" value={stage.pupilView} onInput={(pupilView) => set({ pupilView })} />
      <TextAreaField id="review-parent-view" label="The parents' or carers' view" value={stage.parentView} onInput={(parentView) => set({ parentView })} />
      <RadiosField
        id="review-decision"
        label="What happens next"
        value={stage.decision ?? ""}
        error={errorFor(errors, "review-decision")}
        options={ReviewDecision.options.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
        onChange={(v) => set({ decision: ReviewDecision.parse(v) })}
      />
      <TextAreaField id="review-decision-note" label="Reasons for the decision" value={stage.decisionNote} onInput={(decisionNote) => set({ decisionNote })} rows={2} />
      {!closed && (
        <button type="submit" class="button">
          Close the review and start the next cycle
        </button>
      )}
    </form>
  );
}
