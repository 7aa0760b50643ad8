import type { PlanIssue } from "@/graduated-approach/plan-quality";

/** Plan-quality issues for one stage, each with why it matters and how to fix it. */
export function QualityIssues({ issues, id }: { issues: PlanIssue[]; id: string }) {
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
        {issues.map((i) => (
          <li key={i.id + (i.itemId ?? "")}>
            <strong>{i.reason}</strong> {i.fix}
          </li>
        ))}
      </ul>
    </section>
  );
}
