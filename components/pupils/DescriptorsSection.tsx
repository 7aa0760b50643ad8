import { useState } from "preact/hooks";
import { needDescriptors, pointedLevel, toggleDescriptor } from "@/commitment-framework/descriptors";
import { areaPath, levelAndTier } from "@/commitment-framework/queries";
import type { Framework, Statement } from "@/commitment-framework/schema";
import type { Pupil } from "@/graduated-approach/pupil";
import { TierBadge } from "@/components/ui/TierBadge";

export interface DescriptorsSectionProps {
  pupil: Pupil;
  framework: Framework;
  /** The pupil's top-level need areas; descriptors in these are shown first. */
  areas: string[];
  onChange: (descriptors: string[]) => void;
}

/** Descriptors under one heading: their group (with its rule) or else their area. */
function sections(framework: Framework, descriptors: Statement[]) {
  const out = new Map<string, { title: string; items: Statement[] }>();
  for (const s of descriptors) {
    const group = framework.groups.find((g) => g.id === s.group);
    const key = group ? `g:${group.id}` : `a:${s.area}`;
    const title = group
      ? `${group.name}${group.rule === "choose-one" ? " (choose one)" : ""}`
      : areaPath(framework, s.area).map((a) => a.name).join(" > ");
    out.set(key, { title, items: [...(out.get(key)?.items ?? []), s] });
  }
  return [...out.values()];
}

/** The framework's need descriptors: tick those that fit the pupil and see the level and tier they point to. */
export function DescriptorsSection({ pupil, framework, areas, onChange }: DescriptorsSectionProps) {
  const [all, setAll] = useState(areas.length === 0);
  const ticked = pupil.descriptors ?? [];
  const shown = needDescriptors(framework, pupil.phase, all ? undefined : areas);
  const everything = needDescriptors(framework, pupil.phase);
  if (everything.length === 0) return null;
  const pointed = pointedLevel(framework, ticked);
  const gone = ticked.filter((id) => !framework.statements.some((s) => s.id === id));
  return (
    <section aria-labelledby="descriptors-title" class="page-section">
      <h3 id="descriptors-title">Need descriptors</h3>
      <p role="status">
        {pointed ? (
          <>Ticked descriptors point to <TierBadge framework={framework} levelId={pointed.level.id} />.</>
        ) : (
          "Tick the descriptors that fit the pupil to see the level and tier they point to."
        )}
      </p>
      {gone.length > 0 && <p class="flag overdue">{gone.join(", ")}: ticked before, but not in version {framework.version} of the framework.</p>}
      {sections(framework, shown).map((section) => (
        <div class="field" key={section.title}>
          <fieldset>
            <legend>{section.title}</legend>
            {section.items.map((s) => (
              <label class="checkbox" key={s.id}>
                <input type="checkbox" checked={ticked.includes(s.id)} onChange={(e) => onChange(toggleDescriptor(framework, ticked, s.id, e.currentTarget.checked))} />
                <span>
                  {s.text} <span class="hint">({levelAndTier(framework, s.level)})</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
      ))}
      {!all && everything.length > shown.length && (
        <button type="button" class="button link" onClick={() => setAll(true)}>Show descriptors in every area ({everything.length})</button>
      )}
    </section>
  );
}
