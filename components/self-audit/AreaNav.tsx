import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import type { AreaSection } from "@/self-audit/applicable";
import { auditProgress } from "@/self-audit/audit-edit";

export interface AreaNavProps {
  framework: Framework;
  audit: Audit;
  sections: AreaSection[];
  current: number;
  onChoose(index: number): void;
}

/** The areas of the audit with how far each has got; the current one is marked. */
export function AreaNav({ framework, audit, sections, current, onChoose }: AreaNavProps) {
  return (
    <nav class="area-nav" aria-label="Areas of the audit">
      <ol>
        {sections.map((section, i) => {
          const p = auditProgress(framework, audit, section.statements.map((s) => s.id));
          const done = p.rated === p.total;
          return (
            <li key={section.area.id}>
              <button type="button" aria-current={i === current ? "step" : undefined} class={done ? "is-done" : undefined} onClick={() => onChoose(i)}>
                <span class="area-nav-name">{section.area.name}</span>
                <span class="area-nav-progress">
                  {done ? "Done: " : ""}
                  {p.rated} of {p.total} rated{p.skipped ? `, ${p.skipped} skipped` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
