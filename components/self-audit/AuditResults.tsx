import { useMemo } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { Audit } from "@/self-audit/audit";
import { actionPlan } from "@/self-audit/action-plan";
import { auditDate } from "@/self-audit/audit-edit";
import { compareAudits, previousAudit } from "@/self-audit/compare";
import { longDate } from "@/graduated-approach/long-date";
import { formatPercent, overallScore, ratingShares, scoreByArea, scoreByTier, type GroupScore } from "@/self-audit/scoring";
import { strengthsAndGaps, type RatedStatement } from "@/self-audit/strengths-gaps";
import { ratingLabel } from "@/self-audit/scale";
import { ActionPlanTable } from "./ActionPlanTable";
import { AuditDownloads } from "./AuditDownloads";
import { ChangeSummary } from "./ChangeSummary";
import { ScoreBars } from "./ScoreBars";
import { auditHref } from "./audit-route";

const toBars = (scores: GroupScore[]) => scores.map((s) => ({ label: s.name, percent: s.percent, note: `${s.rated} of ${s.total} rated` }));

function StatementList({ framework, items, empty }: { framework: Framework; items: RatedStatement[]; empty: string }) {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="result-list">
      {items.slice(0, 10).map(({ statement, rating }) => (
        <li key={statement.id}>
          {statement.text} <span class="statement-id">({ratingLabel(framework.auditScale, rating)})</span>
        </li>
      ))}
      {items.length > 10 && <li>And {items.length - 10} more</li>}
    </ul>
  );
}

export interface AuditResultsProps {
  framework: Framework;
  audit: Audit;
  audits: Audit[];
  now(): Date;
}

/** Scores per area and tier, change since the last audit, strengths, gaps, the action plan and downloads. */
export function AuditResults({ framework, audit, audits, now }: AuditResultsProps) {
  const previous = useMemo(() => previousAudit(audits, audit), [audits, audit]);
  const score = overallScore(framework, audit);
  const { strengths, gaps } = strengthsAndGaps(framework, audit);
  const shares = ratingShares(framework, audit).map((s) => ({
    label: s.value === null ? s.label : `${s.value} ${s.label}`,
    percent: s.share * 100,
    note: `${s.count} statements`,
  }));
  return (
    <section class="audit-results" aria-labelledby="results-title">
      <p>
        <a href={auditHref(audit.id)}>Back to rating</a>
      </p>
      <h2 id="results-title">
        Results: {PHASE_LABELS[audit.phase]} self-audit, {longDate(auditDate(audit))}
      </h2>
      <div class="results-headline">
        <p>
          <span class="big-number">{formatPercent(score.percent)}</span> overall score
        </p>
        <p>
          {score.rated} of {score.total} statements rated{audit.completedOn ? "" : ". The audit is still in progress"}.
        </p>
      </div>
      <AuditDownloads framework={framework} audit={audit} previous={previous} now={now} />
      <div class="results-grid">
        <ScoreBars caption="Score by area" bars={toBars(scoreByArea(framework, audit))} />
        <div>
          <ScoreBars caption="Score by tier" bars={toBars(scoreByTier(framework, audit))} />
          <ScoreBars caption="Statements at each rating" bars={shares} valueHeading="Share" />
        </div>
      </div>
      <h3>Change since the last audit</h3>
      <ChangeSummary comparison={previous ? compareAudits(framework, audit, previous) : null} />
      <div class="results-grid">
        <div>
          <h3>Strengths</h3>
          <StatementList framework={framework} items={strengths} empty="No statement is rated above the bottom of the scale yet." />
        </div>
        <div>
          <h3>Gaps to work on</h3>
          <StatementList framework={framework} items={gaps} empty="No statement is rated below the top of the scale." />
        </div>
      </div>
      <h3>Action plan</h3>
      <ActionPlanTable items={actionPlan(framework, audit)} />
    </section>
  );
}
