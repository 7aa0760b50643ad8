import { topAreas } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import type { AssessStage } from "@/graduated-approach/cycle-stages";
import { ADVICE_SOURCE_LABELS } from "@/graduated-approach/cycle-labels";
import { AdviceSource } from "@/graduated-approach/cycle-stages";
import { SelectField, TextField } from "@/components/ui/fields";
import { DateField, TextAreaField } from "@/components/ui/input-fields";
import { RemoveButton } from "@/components/ui/RemoveButton";
import { usePendingFocus } from "@/components/ui/use-pending-focus";

export interface AssessStageFormProps {
  stage: AssessStage;
  framework: Framework;
  /** Need areas to open first: the pupil's. */
  pupilAreas: string[];
  today: string;
  onChange: (stage: AssessStage) => void;
}

const newId = () => crypto.randomUUID();

export function AssessStageForm({ stage, framework, pupilAreas, today, onChange }: AssessStageFormProps) {
  const focusSoon = usePendingFocus();
  const set = (patch: Partial<AssessStage>) => onChange({ ...stage, ...patch });
  const needAreas = topAreas(framework, "need");
  return (
    <div class="stage-form">
      <h3>Strengths and needs</h3>
      {needAreas.map((area) => {
        const profile = stage.strengthsAndNeeds[area.id] ?? { strengths: "", needs: "" };
        const setProfile = (p: typeof profile) => set({ strengthsAndNeeds: { ...stage.strengthsAndNeeds, [area.id]: p } });
        const open = pupilAreas.includes(area.id) || Boolean(profile.strengths || profile.needs);
        return (
          <details key={area.id} class="area-details" open={open}>
            <summary>{area.name}</summary>
            <TextAreaField id={`sn-${area.id}-strengths`} label="Strengths" value={profile.strengths} onInput={(strengths) => setProfile({ ...profile, strengths })} rows={2} />
            <TextAreaField id={`sn-${area.id}-needs`} label="Needs" value={profile.needs} onInput={(needs) => setProfile({ ...profile, needs })} rows={2} />
          </details>
        );
      })}

      <h3>Assessments</h3>
      {stage.assessments.length === 0 && <p class="empty">No assessments recorded in this cycle.</p>}
      {stage.assessments.map((a, i) => {
        const put = (patch: Partial<typeof a>) => set({ assessments: stage.assessments.map((x) => (x.id === a.id ? { ...x, ...patch } : x)) });
        return (
          <fieldset key={a.id} class="item-card">
            <legend>Assessment {i + 1}</legend>
            <TextField id={`as-${a.id}-name`} label="Name of the assessment" value={a.name} onInput={(name) => put({ name })} />
            <DateField id={`as-${a.id}-date`} label="Date" value={a.date} onChange={(date) => date && put({ date })} />
            <TextField id={`as-${a.id}-score`} label="Score or result" value={a.score} onInput={(score) => put({ score })} />
            <TextAreaField id={`as-${a.id}-note`} label="Note" value={a.note} onInput={(note) => put({ note })} rows={2} />
            <RemoveButton question={`Remove assessment ${i + 1}?`} focusAfter="add-assessment" onRemove={() => set({ assessments: stage.assessments.filter((x) => x.id !== a.id) })}>
              Remove assessment {i + 1}
            </RemoveButton>
          </fieldset>
        );
      })}
      <button type="button" class="button secondary" id="add-assessment" onClick={() => {
          const id = newId();
          set({ assessments: [...stage.assessments, { id, name: "Assessment", date: today, score: "", note: "" }] });
          focusSoon(`as-${id}-name`);
        }}>
        Add an assessment
      </button>

      <h3>Views</h3>
      <TextAreaField id="assess-pupil-view" label="The pupil's view" hint="In their own words: what is going well, what is hard, what would help." value={stage.pupilView} onInput={(pupilView) => set({ pupilView })} />
      <TextAreaField id="assess-parent-view" label="The parents' or carers' view" value={stage.parentView} onInput={(parentView) => set({ parentView })} />

      <h3>Advice from other professionals</h3>
      {stage.externalAdvice.length === 0 && <p class="empty">No outside advice recorded in this cycle.</p>}
      {stage.externalAdvice.map((x, i) => {
        const put = (patch: Partial<typeof x>) => set({ externalAdvice: stage.externalAdvice.map((y) => (y.id === x.id ? { ...y, ...patch } : y)) });
        return (
          <fieldset key={x.id} class="item-card">
            <legend>Advice {i + 1}</legend>
            <SelectField id={`ad-${x.id}-source`} label="From" value={x.source} options={AdviceSource.options.map((s) => ({ value: s, label: ADVICE_SOURCE_LABELS[s] }))} onChange={(v) => put({ source: AdviceSource.parse(v) })} />
            <DateField id={`ad-${x.id}-date`} label="Date of the advice" value={x.date} onChange={(date) => date && put({ date })} />
            <TextAreaField id={`ad-${x.id}-recs`} label="Recommendations" value={x.recommendations} onInput={(recommendations) => put({ recommendations })} />
            <RemoveButton question={`Remove advice ${i + 1}?`} focusAfter="add-advice" onRemove={() => set({ externalAdvice: stage.externalAdvice.filter((y) => y.id !== x.id) })}>
              Remove advice {i + 1}
            </RemoveButton>
          </fieldset>
        );
      })}
      <button type="button" class="button secondary" id="add-advice" onClick={() => {
          const id = newId();
          set({ externalAdvice: [...stage.externalAdvice, { id, source: "EP", date: today, recommendations: "" }] });
          focusSoon(`ad-${id}-source`);
        }}>
        Add advice
      </button>
    </div>
  );
}
