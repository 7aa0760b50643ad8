import type { PlanIssue } from "@/graduated-approach/plan-quality";
import { issueFieldId } from "./issue-fields";

/** Plan-quality issues for one stage, each with why it matters and how to fix it, linked to the field it is about. */
export function QualityIssues({ issues, id, onGo }: { issues: PlanIssue[]; id: string; onGo: (issue: PlanIssue, fieldId: string) => void }) {
  if (issues.length === 0) {
    return (
      <p class="quality-ok" id={id}>
        <span aria-hidden="true">✓ </span>No plan-quality issues at this stage.
      </p>
    );
  }
  return (
    <section class="quality-issues" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {issues.length === 1 ? "1 thing to improve" : `${issues.length} things to improve`}
      </h3>
      <ul>
        {issues.map((i) => {
          const field = issueFieldId(i);
          return (
            <li key={i.id + (i.itemId ?? "")}>
              {field ? (
                <a
                  href={`#${field}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onGo(i, field);
                  }}
                >
                  <strong>{i.reason}</strong>
                </a>
              ) : (
                <strong>{i.reason}</strong>
              )}{" "}
              {i.fix}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
