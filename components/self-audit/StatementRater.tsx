import { useState } from "preact/hooks";
import type { Framework, Statement } from "@/commitment-framework/schema";
import type { StatementAssessment } from "@/self-audit/audit";
import type { AssessmentPatch } from "@/self-audit/audit-edit";
import { sortedLevels } from "@/self-audit/scale";
import { TierBadge } from "@/components/ui/TierBadge";
import { RatingRadios } from "./RatingRadios";
import { AssessmentDetails } from "./AssessmentDetails";

export interface StatementRaterProps {
  framework: Framework;
  statement: Statement;
  assessment: StatementAssessment | undefined;
  onUpdate(patch: AssessmentPatch): void;
  onRated(advance: boolean): void;
  onMove(step: 1 | -1): void;
  onSkip(): void;
  onBlur(): void;
}

function hasDetails(a: StatementAssessment | undefined): boolean {
  return Boolean(a && (a.evidence || a.evidenceSource || a.action || a.owner || a.due));
}

/** One statement: its text, the rating scale, skip, and (on request) evidence and action. */
export function StatementRater(props: StatementRaterProps) {
  const { framework, statement, assessment } = props;
  const [open, setOpen] = useState(false);
  const rated = assessment?.rating !== undefined;
  const skipped = !rated && assessment?.skipped;
  const textId = `text-${statement.id}`;
  return (
    <li class={`rater${rated ? " is-rated" : ""}${skipped ? " is-skipped" : ""}`}>
      <div class="statement-meta">
        <TierBadge framework={framework} levelId={statement.level} />
        {skipped && <span class="tag">Skipped for now</span>}
      </div>
      <p class="rater-text" id={textId}>{statement.text}</p>
      <RatingRadios
        id={`rate-${statement.id}`}
        labelledBy={textId}
        levels={sortedLevels(framework.auditScale)}
        value={assessment?.rating}
        onRate={(rating, advance) => {
          props.onUpdate({ rating });
          props.onRated(advance);
        }}
        onMove={props.onMove}
        onSkip={props.onSkip}
      />
      <div class="rater-actions">
        {!rated && (
          <button type="button" class="button link" onClick={props.onSkip}>
            Skip for now<span class="visually-hidden">: {statement.text}</span>
          </button>
        )}
        <button type="button" class="button link" aria-expanded={open} aria-controls={`details-${statement.id}`} onClick={() => setOpen(!open)}>
          {open ? "Hide evidence and action" : hasDetails(assessment) ? "Show evidence and action" : "Add evidence and action"}
          <span class="visually-hidden">: {statement.text}</span>
        </button>
      </div>
      {open && (
        <div id={`details-${statement.id}`}>
          <AssessmentDetails
            statementId={statement.id}
            assessment={assessment}
            evidenceExamples={statement.evidence ?? []}
            onUpdate={props.onUpdate}
            onBlur={props.onBlur}
          />
        </div>
      )}
    </li>
  );
}
