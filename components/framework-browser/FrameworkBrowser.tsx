import { useMemo, useState } from "preact/hooks";
import type { Framework, Phase } from "@/commitment-framework/schema";
import { filterStatements, type StatementFilter } from "@/commitment-framework/queries";
import { SelectField, TextField } from "@/components/ui/fields";
import { areaOptions, phaseOptions, tierOptions } from "./filter-options";
import { StatementDetail, StatementMeta } from "./StatementDetail";

export interface FrameworkBrowserProps {
  framework: Framework;
  /** "panel" opens statements in place; "workspace" shows the open statement beside the list. */
  layout: "panel" | "workspace";
  initialPhase?: Phase;
}

export function FrameworkBrowser({ framework, layout, initialPhase }: FrameworkBrowserProps) {
  const [filter, setFilter] = useState<StatementFilter>({ phase: initialPhase });
  const [openId, setOpenId] = useState<string | null>(null);
  const results = useMemo(() => filterStatements(framework, filter), [framework, filter]);
  const update = (patch: Partial<StatementFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = Boolean(filter.text || filter.phase || filter.tier || filter.area);
  const open = layout === "workspace" ? (results.find((s) => s.id === openId) ?? null) : null;

  return (
    <section aria-labelledby="framework-title">
      <h2 id="framework-title">{framework.name}</h2>
      <div class="filters" role="search" aria-label="Filter the framework">
        <TextField id="fw-search" type="search" label="Search statements" value={filter.text ?? ""} onInput={(text) => update({ text })} />
        <SelectField id="fw-phase" label="Phase" value={filter.phase ?? ""} options={phaseOptions(framework)} onChange={(v) => update({ phase: (v || undefined) as Phase | undefined })} />
        <SelectField id="fw-tier" label="Tier" value={filter.tier ?? ""} options={tierOptions(framework)} onChange={(v) => update({ tier: v || undefined })} />
        <SelectField id="fw-area" label="Area" value={filter.area ?? ""} options={areaOptions(framework)} onChange={(v) => update({ area: v || undefined })} />
      </div>
      <p class="result-count" role="status" aria-live="polite">
        Showing {results.length} of {framework.statements.length} statements
      </p>
      {results.length === 0 ? (
        <div class="empty-state">
          <p class="empty">No statements match these filters.</p>
          {filtered && (
            <button type="button" class="button secondary" onClick={() => setFilter({})}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <div class="browser-columns">
          <ul class="statement-list" aria-label="Statements">
            {results.map((s) => {
              const isOpen = openId === s.id;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    class="statement-toggle"
                    aria-expanded={layout === "panel" ? isOpen : undefined}
                    aria-controls={layout === "panel" ? `detail-${s.id}` : "detail-pane"}
                    aria-current={layout === "workspace" && isOpen ? "true" : undefined}
                    onClick={() => {
                      setOpenId(isOpen && layout === "panel" ? null : s.id);
                      // In a narrow workspace the chosen statement shows above the list: bring it into view.
                      if (layout === "workspace" && matchMedia("(max-width: 47.99rem)").matches) {
                        requestAnimationFrame(() => document.getElementById("detail-pane")?.scrollIntoView({ block: "start" }));
                      }
                    }}
                  >
                    <StatementMeta framework={framework} statement={s} />
                    <span class="statement-text">{s.text}</span>
                  </button>
                  {layout === "panel" && isOpen && (
                    <div id={`detail-${s.id}`}>
                      <StatementDetail framework={framework} statement={s} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {layout === "workspace" && (
            <aside id="detail-pane" class="detail-pane" aria-live="polite" aria-label="Selected statement">
              {open ? (
                <StatementDetail framework={framework} statement={open} showText />
              ) : (
                <p class="empty">Choose a statement to see examples of strategies and evidence.</p>
              )}
            </aside>
          )}
        </div>
      )}
    </section>
  );
}
