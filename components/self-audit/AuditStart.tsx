import { useState } from "preact/hooks";
import type { Framework, Phase } from "@/commitment-framework/schema";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { Audit } from "@/self-audit/audit";
import { auditProgress } from "@/self-audit/audit-edit";
import { longDate, shortDate } from "@/graduated-approach/long-date";
import { SelectField } from "@/components/ui/fields";
import { auditHref, resultsHref } from "./audit-route";
import { TableScroll } from "@/components/ui/TableScroll";

export interface AuditStartProps {
  framework: Framework;
  phases: Phase[];
  audits: Audit[];
  unreadable: number;
  onStart(phase: Phase): void;
}

/** Start a new audit for one of the setting's phases, or carry on with one already begun. */
export function AuditStart({ framework, phases, audits, unreadable, onStart }: AuditStartProps) {
  const usable = phases.filter((p) => framework.phases.includes(p));
  const [phase, setPhase] = useState<Phase | undefined>(usable[0]);
  return (
    <section class="audit-start" aria-labelledby="audit-start-title">
      <h2 id="audit-start-title">Setting self-audit</h2>
      <p>
        Rate how well your setting meets each statement of {framework.name}, with your evidence and what you will do next. You can
        stop at any time: every change is saved on this computer as you go.
      </p>
      <h3>Your audits</h3>
      {unreadable > 0 && <p class="error-message">{unreadable} saved audits could not be read and are not shown.</p>}
      {audits.length === 0 ? (
        <p class="empty">You have not started an audit yet.</p>
      ) : (
        <TableScroll label="Your audits">
        <table class="audit-table">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Phase</th>
              <th scope="col">Progress</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {audits.map((a) => {
              const p = auditProgress(framework, a);
              return (
                <tr key={a.id}>
                  <td>{shortDate(a.startedOn)}</td>
                  <td>{PHASE_LABELS[a.phase]}</td>
                  <td>
                    {p.rated} of {p.total} rated{a.completedOn ? `, completed ${shortDate(a.completedOn)}` : ""}
                  </td>
                  <td class="row-actions">
                    <a href={auditHref(a.id)}>
                      {a.completedOn ? "Open" : "Continue"}
                      <span class="visually-hidden"> the audit started {longDate(a.startedOn)}</span>
                    </a>
                    <a href={resultsHref(a.id)}>
                      Results<span class="visually-hidden"> of the audit started {longDate(a.startedOn)}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </TableScroll>
      )}
      <h3>Start a new audit</h3>
      {usable.length === 0 ? (
        <p class="empty">This framework has no statements for your setting's phases.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (phase) onStart(phase);
          }}
        >
          {usable.length > 1 && (
            <SelectField
              id="audit-phase"
              label="Phase to audit"
              hint="Each phase has its own statements; audit each phase separately"
              value={phase ?? ""}
              options={usable.map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
              onChange={(v) => setPhase(v as Phase)}
            />
          )}
          <button type="submit" class="button">
            Start a new audit{usable.length === 1 && phase ? ` (${PHASE_LABELS[phase].toLowerCase()})` : ""}
          </button>
        </form>
      )}
    </section>
  );
}
