import { useMemo, useState } from "preact/hooks";
import type { Framework, Statement } from "@/commitment-framework/schema";
import { filterStatements, statementTier, tierLevel, topAreaOf } from "@/commitment-framework/queries";
import { TierBadge } from "@/components/ui/TierBadge";
import { TextField } from "@/components/ui/fields";

export interface ProvisionPickerProps {
  framework: Framework;
  /** The pupil's top-level need areas of the framework: statements in these (and their sub-areas) are offered. */
  areas: string[];
  /** The pupil's tier: statements at this tier and below are offered. */
  tier: string;
  onPick: (statement: Statement) => void;
  onCustom: () => void;
  onClose: () => void;
}

/** Choose provision from the framework's statements for the pupil's needs and tier, or add your own. */
export function ProvisionPicker({ framework, areas, tier, onPick, onCustom, onClose }: ProvisionPickerProps) {
  const [text, setText] = useState("");
  const level = tierLevel(framework, tier);
  const results = useMemo(
    () =>
      filterStatements(framework, { text, kind: "provision" })
        .filter((s) => areas.includes(topAreaOf(framework, s.area)?.id ?? s.area) && tierLevel(framework, statementTier(framework, s)) <= Math.max(level, 1))
        .slice(0, 30),
    [framework, text, areas, level],
  );
  return (
    <section class="picker" aria-labelledby="picker-title">
      <h3 id="picker-title">Choose provision from the framework</h3>
      <p class="hint">Statements for the pupil's areas of need at their tier and below.</p>
      <TextField id="picker-search" type="search" label="Search provision" value={text} onInput={setText} />
      <p class="result-count" role="status" aria-live="polite">
        {results.length === 0 ? "No statements match." : `${results.length} statement${results.length === 1 ? "" : "s"}`}
      </p>
      <ul class="picker-list">
        {results.map((s) => (
          <li key={s.id}>
            <button type="button" class="statement-toggle" onClick={() => onPick(s)}>
              <span class="statement-meta">
                <TierBadge framework={framework} levelId={s.level} /> {s.id}
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
