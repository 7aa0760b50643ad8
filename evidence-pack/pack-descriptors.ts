import { pointedLevel } from "@/commitment-framework/descriptors";
import { areaPath, levelAndTier } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";

/** The ticked need descriptors for the pack, each with its area path and level beside its tier; nothing when none is ticked. */
export function packDescriptors(framework: Framework, ticked: readonly string[]) {
  const descriptors = ticked.flatMap((id) => {
    const s = framework.statements.find((x) => x.id === id && x.kind === "need-descriptor");
    if (!s) return [];
    return [{ id: s.id, area: areaPath(framework, s.area).map((a) => a.name).join(" > "), level: levelAndTier(framework, s.level), text: s.text }];
  });
  if (descriptors.length === 0) return {};
  const pointed = pointedLevel(framework, ticked);
  return { descriptors, ...(pointed ? { descriptorLevel: levelAndTier(framework, pointed.level.id) } : {}) };
}
