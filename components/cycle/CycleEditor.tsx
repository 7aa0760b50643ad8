import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { broadAreaOf, needAreasIn, tierLevel } from "@/commitment-framework/queries";
import type { Cycle } from "@/graduated-approach/cycle";
import type { ReviewStage } from "@/graduated-approach/cycle-stages";
import { SEN_NEED_CODES } from "@/graduated-approach/census-codes";
import { longDate } from "@/graduated-approach/long-date";
import { runPlanQuality, type CycleStageName, type PlanIssue } from "@/graduated-approach/plan-quality";
import type { Pupil } from "@/graduated-approach/pupil";
import { yearOffset } from "@/graduated-approach/year-group";
import { AssessStageForm } from "./AssessStageForm";
import { DoStageForm } from "./DoStageForm";
import { PlanStageForm } from "./PlanStageForm";
import { QualityIssues } from "./QualityIssues";
import { ReviewStageForm } from "./ReviewStageForm";

export interface CycleEditorProps {
  pupil: Pupil;
  cycle: Cycle;
  framework: Framework;
  today: string;
  initialStage?: CycleStageName;
  /** Shown above the stages, e.g. after a review opened this cycle. */
  notice?: string;
  /** "saved", "saving" or "failed": shown so the SENCO knows their typing is kept. */
  /** "conflict": refused because another window changed the cycle first; the conflict bar says what to do. */
  saveState?: "saved" | "saving" | "failed" | "conflict";
  onChange: (cycle: Cycle) => void;
  onCloseReview: (review: ReviewStage) => void;
}

const STAGES: { id: CycleStageName; label: string }[] = [
  { id: "assess", label: "Assess" },
  { id: "plan", label: "Plan" },
  { id: "do", label: "Do" },
  { id: "review", label: "Review" },
];

const SAVE_WORDS = {
  saved: "All changes saved",
  saving: "Saving…",
  failed: "Not saved: try again",
  conflict: "Not saved: changed in another window. Choose which version to keep, at the top.",
} as const;

/** One assess–plan–do–review cycle, a stage at a time, with plan-quality issues beside the stage they belong to. */
export function CycleEditor({ pupil, cycle, framework, today, initialStage = "assess", notice, saveState = "saved", onChange, onCloseReview }: CycleEditorProps) {
  const [stage, setStage] = useState<CycleStageName>(initialStage);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const closed = cycle.status === "closed";
  const issues = runPlanQuality(pupil, cycle, today, tierLevel(framework, pupil.tier) || undefined, (id) => broadAreaOf(framework, id));
  const broad = pupil.needs.map((n) => SEN_NEED_CODES[n.code].area).filter((a): a is NonNullable<typeof a> => Boolean(a));
  const pupilAreas = needAreasIn(framework, broad).map((a) => a.id);
  const setStages = (patch: Partial<Cycle["stages"]>) => onChange({ ...cycle, stages: { ...cycle.stages, ...patch } });
  const count = (s: CycleStageName) => issues.filter((i) => i.stage === s).length;
  // A link in the summary opens the card the field is in, then moves focus to the field.
  const goToField = (issue: PlanIssue, fieldId: string) => {
    if (issue.stage === "plan" && issue.itemId) setOpenItem(issue.itemId);
    const focus = (tries: number) => {
      const field = document.getElementById(fieldId);
      if (field) {
        field.scrollIntoView({ block: "center" });
        field.focus();
      } else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(10));
  };

  return (
    <section class="cycle-editor" aria-labelledby="cycle-title">
      <h2 id="cycle-title">
        Cycle {cycle.number} for {pupil.firstName} {pupil.lastName}
      </h2>
      <p class="hint">
        Assess, plan, do, review (APDR). Opened {longDate(cycle.openedOn)}
        {closed ? `, reviewed ${longDate(cycle.stages.review.reviewedOn)}.` : "."}
      </p>
      <p class={`save-state ${saveState}`} role="status" aria-live="polite">
        {closed ? "This cycle is closed and kept as a record." : SAVE_WORDS[saveState]}
      </p>
      {notice && <p class="notice" role="note">{notice}</p>}
      <div class="stage-tabs" role="tablist" aria-label="Stages of the cycle">
        {STAGES.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            aria-selected={stage === s.id}
            aria-controls="stage-panel"
            tabIndex={stage === s.id ? 0 : -1}
            onClick={() => setStage(s.id)}
            onKeyDown={(e) => {
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (!step) return;
              const next = STAGES[(STAGES.findIndex((x) => x.id === stage) + step + STAGES.length) % STAGES.length]!;
              setStage(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {s.label}
            {count(s.id) > 0 && <span class="tab-count" aria-label={`, ${count(s.id)} to improve`}>{count(s.id)}</span>}
          </button>
        ))}
      </div>
      <div id="stage-panel" role="tabpanel" aria-labelledby={`tab-${stage}`}>
        <QualityIssues id="stage-issues" issues={issues.filter((i) => i.stage === stage)} onGo={goToField} />
        <fieldset class="stage-fieldset" disabled={closed}>
          <legend class="visually-hidden">{STAGES.find((s) => s.id === stage)!.label}</legend>
          {stage === "assess" && (
            <AssessStageForm stage={cycle.stages.assess} framework={framework} pupilAreas={pupilAreas} today={today} onChange={(assess) => setStages({ assess })} />
          )}
          {stage === "plan" && (
            <PlanStageForm
              stage={cycle.stages.plan}
              framework={framework}
              pupilAreas={pupilAreas}
              tier={pupil.tier}
              showPreparingForAdulthood={yearOffset(pupil.yearGroup) >= 9}
              issues={issues.filter((i) => i.stage === "plan")}
              openItem={openItem}
              onOpenItem={setOpenItem}
              onChange={(plan) => setStages({ plan })}
            />
          )}
          {stage === "do" && (
            <DoStageForm stage={cycle.stages.do} provisions={cycle.stages.plan.provisions} today={today} onChange={(d) => setStages({ do: d })} />
          )}
          {stage === "review" && (
            <ReviewStageForm
              stage={cycle.stages.review}
              plan={cycle.stages.plan}
              today={today}
              closed={closed}
              onChange={(review) => setStages({ review })}
              onClose={onCloseReview}
            />
          )}
        </fieldset>
      </div>
    </section>
  );
}
