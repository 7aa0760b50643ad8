import { useMemo, useState } from "preact/hooks";
import type { CatalogueItem, Framework, Statement } from "@/commitment-framework/schema";
import { filterStatements, levelAndTier, searchWords, statementTier, tierLevel, topAreaOf } from "@/commitment-framework/queries";
import { catalogueArea, catalogueForPupil, provisionFromCatalogue } from "@/graduated-approach/catalogue-provision";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { TierBadge } from "@/components/ui/TierBadge";
import { TextField } from "@/components/ui/fields";

export interface ProvisionPickerProps {
  framework: Framework;
  /** The pupil's top-level need areas of the framework: statements in these (and their sub-areas) are offered. */
  areas: string[];
  /** The pupil's tier: statements at this tier and below are offered. */
  tier: string;
  onPick: (statement: Statement) => void;
  onPickCatalogue: (item: CatalogueItem) => void;
  onCustom: () => void;
  onClose: () => void;
}

function costLine(framework: Framework, item: CatalogueItem, areas: string[]): string {
  const p = provisionFromCatalogue(framework, item, catalogueArea(framework, item, areas) ?? "");
  const hours = item.hoursPerWeek === "bespoke" ? "Bespoke hours" : `${item.hoursPerWeek} h a week`;
  const parts = [hours, item.staffRole, item.hourlyRate !== undefined ? `${formatPounds(item.hourlyRate)} an hour` : "no rate", item.groupSize > 1 ? `group of ${item.groupSize}` : undefined];
  const year = item.hoursPerWeek === "bespoke" ? "cost set per pupil" : `${formatPounds(yearlyCost(p))} a year`;
  return `${parts.filter(Boolean).join(" · ")}: ${year}`;
}

/** Choose provision from the framework's statements or its costed catalogue for the pupil's needs and tier, or add your own. */
export function ProvisionPicker({ framework, areas, tier, onPick, onPickCatalogue, onCustom, onClose }: ProvisionPickerProps) {
  const [text, setText] = useState("");
  const level = tierLevel(framework, tier);
  const results = useMemo(
    () =>
      filterStatements(framework, { text, kind: "provision" })
        .filter((s) => areas.includes(topAreaOf(framework, s.area)?.id ?? s.area) && tierLevel(framework, statementTier(framework, s)) <= Math.max(level, 1))
        .slice(0, 30),
    [framework, text, areas, level],
  );
  const items = useMemo(() => {
    const words = searchWords(text);
    return catalogueForPupil(framework, areas, level).filter((c) => words.every((w) => `${c.id} ${c.name} ${c.staffRole ?? ""} ${c.costCode ?? ""}`.toLowerCase().includes(w)));
  }, [framework, text, areas, level]);
  return (
    <section class="picker" aria-labelledby="picker-title">
      <h3 id="picker-title">Choose provision from the framework</h3>
      <p class="hint">Statements and costed provision for the pupil's areas of need at their tier and below.</p>
      <TextField id="picker-search" type="search" label="Search provision" value={text} onInput={setText} />
      <p class="result-count" role="status" aria-live="polite">
        {results.length + items.length === 0 ? "No statements match." : `${results.length} statement${results.length === 1 ? "" : "s"}${framework.catalogue.length ? `, ${items.length} costed provision${items.length === 1 ? "" : "s"}` : ""}`}
      </p>
      {items.length > 0 && (
        <>
          <h4>Costed provision</h4>
          <ul class="picker-list">
            {items.map((c) => (
              <li key={c.id}>
                <button type="button" class="statement-toggle" onClick={() => onPickCatalogue(c)}>
                  <span class="statement-meta">
                    {c.links.levels.length > 0 && <TierBadge framework={framework} levelId={c.links.levels[0]} />} {c.costCode ?? ""}
                  </span>
                  <span class="picker-name">{c.name}</span>
                  <span class="hint picker-cost">{costLine(framework, c, areas)}{c.links.levels.length > 1 ? ` (levels ${c.links.levels.map((l) => levelAndTier(framework, l)).join(", ")})` : ""}</span>
                </button>
              </li>
            ))}
          </ul>
          <h4>Statements</h4>
        </>
      )}
      <ul class="picker-list">
        {results.map((s) => (
          <li key={s.id}>
            <button type="button" class="statement-toggle" onClick={() => onPick(s)}>
              <span class="statement-meta">
                <TierBadge framework={framework} levelId={s.level} />
              </span>
              <span>{s.text}</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={onCustom}>
          Add your own provision
        </button>
        <button type="button" class="button link" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  );
}
