import { BroadArea } from "@/commitment-framework/broad-area";
import { broadAreaOf } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import { SEN_NEED_CODES } from "@/graduated-approach/census-codes";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";

/**
 * The broad areas of need this pupil's evidence speaks to: the areas of their census needs first, then the
 * broad area of any framework area with strengths or needs written in an assessment, in the Code of Practice's order.
 */
export function pupilAreas(pupil: Pick<Pupil, "needs">, cycles: readonly Cycle[], framework: Framework): BroadArea[] {
  const found = new Set<BroadArea>();
  for (const need of pupil.needs) {
    const area = SEN_NEED_CODES[need.code].area;
    if (area) found.add(area);
  }
  for (const cycle of cycles) {
    for (const [id, profile] of Object.entries(cycle.stages.assess.strengthsAndNeeds)) {
      const area = broadAreaOf(framework, id);
      if (area && (profile.strengths.trim() || profile.needs.trim())) found.add(area);
    }
  }
  return BroadArea.options.filter((a) => found.has(a));
}
