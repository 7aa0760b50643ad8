import type { Framework, Phase } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { applicableStatements } from "@/self-audit/applicable";
import { newAudit, updateAssessment, type AssessmentPatch } from "@/self-audit/audit-edit";
import { sortedLevels } from "@/self-audit/scale";
import { createRandom } from "./prng";

/**
 * A completed self-audit for the demo school: every applicable statement rated, mostly towards the top of the
 * scale, with made-up evidence on some and a few dated actions. The same seed always gives the same audit.
 */
export function demoAudit(framework: Framework, settingName: string, phase: Phase, completedOn: string, seed = 1): Audit {
  const rng = createRandom(seed);
  const levels = sortedLevels(framework.auditScale).map((l) => l.value);
  const now = `${completedOn}T15:00:00.000Z`;
  let audit = newAudit({ id: `demo-audit-${seed}`, settingName, framework, phase, now });
  applicableStatements(framework, phase).forEach((s, i) => {
    const patch: AssessmentPatch = { rating: levels[Math.min(levels.length - 1, rng.int(0, levels.length))]! };
    if (i % 4 === 0) patch.evidence = `Learning walk and pupil voice notes (made up for the demo), ${s.id}`;
    if (patch.rating === levels[0] && i % 3 === 0) {
      patch.action = "Plan staff training and revisit next term";
      patch.owner = "SENCO (demo)";
      patch.due = completedOn.slice(0, 4) + "-07-15";
    }
    audit = updateAssessment(audit, s.id, patch, now);
  });
  return { ...audit, startedOn: completedOn, completedOn };
}
