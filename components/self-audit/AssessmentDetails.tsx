import type { StatementAssessment } from "@/self-audit/audit";
import type { AssessmentPatch } from "@/self-audit/audit-edit";
import { DateField } from "@/components/ui/input-fields";

export interface AssessmentDetailsProps {
  statementId: string;
  assessment: StatementAssessment | undefined;
  evidenceExamples: string[];
  onUpdate(patch: AssessmentPatch): void;
  /** Called when a field loses focus, so the change is saved straight away. */
  onBlur(): void;
}

/** Evidence, action, owner and due date for one statement; every keystroke is kept. */
export function AssessmentDetails({ statementId, assessment, evidenceExamples, onUpdate, onBlur }: AssessmentDetailsProps) {
  const id = (field: string) => `${field}-${statementId}`;
  const text = (field: "evidence" | "evidenceSource" | "action" | "owner") => ({
    id: id(field),
    value: assessment?.[field] ?? "",
    onInput: (e: Event) => onUpdate({ [field]: (e.currentTarget as HTMLInputElement).value }),
    onBlur,
  });
  return (
    <div class="assessment-details">
      <div class="field">
        <label for={id("evidence")}>Evidence</label>
        {evidenceExamples.length > 0 && (
          <p class="hint" id={id("evidence-hint")}>For example: {evidenceExamples.slice(0, 3).join("; ")}</p>
        )}
        <textarea rows={3} {...text("evidence")} aria-describedby={evidenceExamples.length ? id("evidence-hint") : undefined} />
      </div>
      <div class="field">
        <label for={id("evidenceSource")}>Where the evidence is</label>
        <p class="hint" id={id("evidenceSource-hint")}>For example, a folder, a report or a meeting date</p>
        <input type="text" autoComplete="off" aria-describedby={id("evidenceSource-hint")} {...text("evidenceSource")} />
      </div>
      <div class="field">
        <label for={id("action")}>Action</label>
        <p class="hint" id={id("action-hint")}>What you will do to improve this</p>
        <textarea rows={2} aria-describedby={id("action-hint")} {...text("action")} />
      </div>
      <div class="details-row">
        <div class="field">
          <label for={id("owner")}>Owner</label>
          <input type="text" autoComplete="off" {...text("owner")} />
        </div>
        <DateField id={id("due")} label="Due date" value={assessment?.due ?? ""} onChange={(due) => onUpdate({ due: due || undefined })} onBlur={onBlur} />
      </div>
    </div>
  );
}
