import type { Cycle } from "@/graduated-approach/cycle";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import type { Pupil } from "@/graduated-approach/pupil";
import { latestCycle } from "@/graduated-approach/pupil-cycles";
import type { Audit } from "@/self-audit/audit";
import { ATTENDANCE_NOT_RECORDED } from "./legal-notes";

/** Where in SEND Companion the missing evidence is added; "outside" when it lives elsewhere (the MIS). */
export type ReadinessWhere = "assess" | "plan" | "review" | "profile" | "details" | "meetings" | "workspace" | "outside";

export interface ReadinessItem {
  id: string;
  label: string;
  present: boolean;
  detail: string;
  where: ReadinessWhere;
}

export interface ReadinessInput {
  pupil: Pupil;
  cycles: readonly Cycle[];
  latestAudit?: Audit;
}

const filled = (text: string | undefined) => Boolean(text?.trim());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * What a local authority usually asks for with an EHC needs-assessment request (the Code of Practice 9.14
 * factors first), and whether this pupil's record has it. It informs; it never blocks a request.
 */
export function readinessChecklist({ pupil, cycles, latestAudit }: ReadinessInput): ReadinessItem[] {
  const stages = cycles.map((c) => c.stages);
  const scored = stages.flatMap((s) => s.assess.assessments).filter((a) => filled(a.score));
  const scoreDates = new Set(scored.map((a) => a.date));
  const areaProfiles = stages.flatMap((s) => Object.values(s.assess.strengthsAndNeeds)).filter((p) => filled(p.strengths) || filled(p.needs));
  const provisions = stages.flatMap((s) => s.plan.provisions);
  const reviewed = cycles.filter((c) => c.stages.review.reviewedOn);
  const withImpact = reviewed.filter((c) => c.stages.review.provisionImpact.some((p) => filled(p.impact) || p.rating));
  const withProgress = reviewed.filter((c) => c.stages.review.outcomeProgress.length > 0);
  const advice = stages.flatMap((s) => s.assess.externalAdvice);
  const wellbeing = stages.filter((s) => ["semh", "sensory-physical"].some((a) => filled(s.assess.strengthsAndNeeds[a]?.needs)));
  const pupilViews = stages.filter((s) => filled(s.assess.pupilView) || filled(s.review.pupilView)).length + (filled(pupil.profile.importantToMe) ? 1 : 0);
  const parentViews = stages.filter((s) => filled(s.assess.parentView) || filled(s.review.parentView)).length;
  const meetings = pupil.meetings?.length ?? 0;
  const latestCosted = (latestCycle(cycles)?.stages.plan.provisions ?? []).filter((p) => yearlyCost(p) > 0);

  return [
    {
      id: "attainment-progress",
      label: "Attainment and rate of progress (Code of Practice 9.14)",
      present: scoreDates.size >= 2,
      detail: scored.length
        ? `${plural(scored.length, "assessment")} with scores on ${plural(scoreDates.size, "date")}${scoreDates.size < 2 ? ": scores on two or more dates show the rate of progress" : ""}.`
        : "No assessment scores yet. Scores on two or more dates show the rate of progress.",
      where: "assess",
    },
    {
      id: "nature-extent",
      label: "Nature and extent of need (Code of Practice 9.14)",
      present: pupil.needs.length > 0 && areaProfiles.length > 0,
      detail: `${pupil.needs.length ? "Census need recorded" : "No census need recorded"}; ${areaProfiles.length ? "strengths and needs written by area" : "no strengths and needs written by area yet"}.`,
      where: pupil.needs.length ? "assess" : "details",
    },
    {
      id: "action-taken",
      label: "Action already taken (Code of Practice 9.14)",
      present: provisions.length > 0,
      detail: provisions.length ? `${plural(provisions.length, "provision")} planned across ${plural(cycles.length, "cycle")}.` : "No provision planned yet.",
      where: "plan",
    },
    {
      id: "impact",
      label: "Impact of that action (Code of Practice 9.14)",
      present: withImpact.length > 0 || withProgress.length > 0,
      detail: reviewed.length
        ? `${plural(withProgress.length, "review")} with progress against outcomes, ${withImpact.length} with the impact of provision.`
        : "No cycle has been reviewed yet.",
      where: "review",
    },
    {
      id: "development-health",
      label: "Physical, emotional and social development and health (Code of Practice 9.14)",
      present: advice.length > 0 || wellbeing.length > 0,
      detail: advice.length || wellbeing.length
        ? `${plural(advice.length, "piece")} of external advice; ${wellbeing.length ? "emotional or physical needs described" : "no emotional or physical needs described"}.`
        : "No external advice or notes on emotional, social or physical development and health yet.",
      where: "assess",
    },
    {
      id: "reviewed-cycles",
      label: "Reviewed assess, plan, do, review cycles with impact recorded",
      present: withImpact.length > 0,
      detail: `${plural(reviewed.length, "reviewed cycle")}, ${withImpact.length} with impact recorded. The number of cycles is not a legal test.`,
      where: "review",
    },
    {
      id: "costed-provision",
      label: "Costed provision map",
      present: latestCosted.length > 0,
      detail: latestCosted.length ? `${plural(latestCosted.length, "provision")} costed in the latest plan.` : "No provision in the latest plan has a cost yet.",
      where: "plan",
    },
    {
      id: "external-advice",
      label: "Advice from external professionals",
      present: advice.length > 0,
      detail: advice.length ? `${plural(advice.length, "piece")} of advice recorded.` : "No advice from an educational psychologist, therapist or specialist teacher recorded.",
      where: "assess",
    },
    {
      id: "pupil-view",
      label: "The pupil's views",
      present: pupilViews > 0,
      detail: pupilViews ? `Recorded ${plural(pupilViews, "time")}.` : "No pupil view recorded.",
      where: "assess",
    },
    {
      id: "parent-view",
      label: "The parents' or carers' views",
      present: parentViews > 0 || meetings > 0,
      detail: parentViews || meetings ? `${plural(parentViews, "view")} in cycles; ${plural(meetings, "meeting")} with parents.` : "No parent or carer view recorded.",
      where: "assess",
    },
    { id: "attendance", label: "Attendance", present: false, detail: `${ATTENDANCE_NOT_RECORDED}.`, where: "outside" },
    {
      id: "consent",
      label: "Consent to share information",
      present: Boolean(pupil.consent.recordedOn && filled(pupil.consent.byWhom)),
      detail: pupil.consent.recordedOn ? `Recorded${filled(pupil.consent.byWhom) ? "" : ", but not who gave it"}.` : "No consent recorded.",
      where: "details",
    },
    {
      id: "ordinarily-available",
      label: "The setting's ordinarily available provision (self-audit)",
      present: Boolean(latestAudit),
      detail: latestAudit ? "From the setting's latest self-audit." : "No setting self-audit yet. It can be done in the workspace.",
      where: "workspace",
    },
  ];
}
