import { useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { Audit } from "@/self-audit/audit";
import { areaSections } from "@/self-audit/applicable";
import { auditProgress, nextUnrated, type AssessmentPatch } from "@/self-audit/audit-edit";
import { longDate } from "@/graduated-approach/long-date";
import { scaleMax, scaleMin } from "@/self-audit/scale";
import type { SaveState } from "@/state/audit-model";
import { AreaNav } from "./AreaNav";
import { SaveStatus } from "./SaveStatus";
import { StatementRater } from "./StatementRater";

export interface AuditRatingProps {
  framework: Framework;
  audit: Audit;
  saveState: SaveState;
  problem: string | null;
  resultsHref: string;
  onUpdate(statementId: string, patch: AssessmentPatch): void;
  onFlush(): void;
  onComplete(done: boolean): void;
}

const FINISH_ID = "audit-finish";

/** Rates the audit area by area. Focus follows the keyboard: a number key rates and moves to the next statement. */
export function AuditRating({ framework, audit, saveState, problem, resultsHref, onUpdate, onFlush, onComplete }: AuditRatingProps) {
  const sections = useMemo(() => areaSections(framework, audit.phase), [framework, audit.phase]);
  const order = useMemo(() => sections.flatMap((s) => s.statements.map((st) => st.id)), [sections]);
  const [areaIndex, setAreaIndex] = useState(() => {
    const first = nextUnrated(framework, audit);
    return Math.max(0, sections.findIndex((s) => s.statements.some((st) => st.id === first)));
  });
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const progress = auditProgress(framework, audit);
  const section = sections[areaIndex];

  // Layout effect: focus moves in the same task as the render, so a fast next key press is never lost.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget);
    (target?.querySelector<HTMLElement>('[tabindex="0"]') ?? target)?.focus();
    setFocusTarget(null);
  }, [focusTarget, areaIndex]);

  function goTo(statementId: string | undefined) {
    if (!statementId) return setFocusTarget(FINISH_ID);
    const index = sections.findIndex((s) => s.statements.some((st) => st.id === statementId));
    if (index >= 0) setAreaIndex(index);
    setFocusTarget(`rate-${statementId}`);
  }

  function move(from: string, step: 1 | -1) {
    const i = order.indexOf(from) + step;
    if (i >= 0) goTo(order[i]);
  }

  if (!section) return <p class="empty">This framework has no statements for the {PHASE_LABELS[audit.phase].toLowerCase()} phase.</p>;

  return (
    <section class="audit-rating" aria-labelledby="audit-title">
      <div class="audit-heading">
        <div>
          <h2 id="audit-title">Self-audit: {PHASE_LABELS[audit.phase]}</h2>
          <p class="hint">
            Started {longDate(audit.startedOn)} against {framework.name}, version {framework.version}
          </p>
        </div>
        <SaveStatus state={saveState} problem={problem} />
      </div>
      <div class="audit-progress">
        <p>
          <strong>
            {progress.rated} of {progress.total} rated
          </strong>
          {progress.skipped > 0 && `, ${progress.skipped} skipped for now`}
        </p>
        <progress max={progress.total} value={progress.rated} aria-hidden="true" />
        <div class="button-row">
          {progress.rated < progress.total && (
            <button type="button" class="button secondary" onClick={() => goTo(nextUnrated(framework, audit))}>
              Go to the next statement not rated
            </button>
          )}
          <a class="button secondary" href={resultsHref}>
            See results
          </a>
        </div>
      </div>
      <p class="keyboard-hint" id="keyboard-hint">
        Rate with the number keys {scaleMin(framework.auditScale)} to {scaleMax(framework.auditScale)}: the next statement then comes up.
        Up and down arrows move between statements, left and right change a rating, S skips a statement for now, and Tab reaches
        evidence and actions.
      </p>
      <div class="audit-columns">
        <AreaNav framework={framework} audit={audit} sections={sections} current={areaIndex} onChoose={(i) => setAreaIndex(i)} />
        <div class="audit-area">
          <h3 id="area-title">
            {section.area.name}{" "}
            <span class="area-count">
              ({auditProgress(framework, audit, section.statements.map((s) => s.id)).rated} of {section.statements.length} rated)
            </span>
          </h3>
          <p class="hint">{section.area.description}</p>
          <ol class="rater-list" aria-labelledby="area-title">
            {section.statements.map((statement) => (
              <StatementRater
                key={statement.id}
                framework={framework}
                statement={statement}
                assessment={audit.assessments[statement.id]}
                onUpdate={(patch) => onUpdate(statement.id, patch)}
                onRated={(advance) => advance && move(statement.id, 1)}
                onMove={(step) => move(statement.id, step)}
                onSkip={() => {
                  onUpdate(statement.id, { skipped: true });
                  move(statement.id, 1);
                }}
                onBlur={onFlush}
              />
            ))}
          </ol>
          <div class="button-row">
            {areaIndex > 0 && (
              <button type="button" class="button secondary" onClick={() => setAreaIndex(areaIndex - 1)}>
                Previous area
              </button>
            )}
            {areaIndex < sections.length - 1 && (
              <button type="button" class="button" onClick={() => goTo(sections[areaIndex + 1]?.statements[0]?.id)}>
                Next area: {sections[areaIndex + 1]?.area.name}
              </button>
            )}
          </div>
          <div class="audit-finish" id={FINISH_ID} tabIndex={-1}>
            {progress.rated === progress.total ? (
              <p>
                <strong>All {progress.total} statements are rated.</strong>
              </p>
            ) : (
              <p>
                {progress.total - progress.rated} statements still need a rating. You can come back to them at any time; your work is saved.
              </p>
            )}
            <div class="button-row">
              {audit.completedOn ? (
                <button type="button" class="button secondary" onClick={() => onComplete(false)}>
                  Reopen the audit
                </button>
              ) : (
                <button type="button" class="button secondary" onClick={() => onComplete(true)}>
                  Mark the audit as complete
                </button>
              )}
              <a class="button" href={resultsHref}>
                See results
              </a>
            </div>
            {audit.completedOn && <p>Completed on {longDate(audit.completedOn)}.</p>}
          </div>
        </div>
      </div>
    </section>
  );
}
