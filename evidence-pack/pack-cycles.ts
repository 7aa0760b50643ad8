import type { Framework } from "@/commitment-framework/schema";
import { areaById, levelAndTier } from "@/commitment-framework/queries";
import { type Cycle, sortCycles } from "@/graduated-approach/cycle";
import { ADVICE_SOURCE_LABELS, DECISION_LABELS, IMPACT_LABELS, PROGRESS_LABELS } from "@/graduated-approach/cycle-labels";
import { hoursPerWeek, yearlyCost } from "@/graduated-approach/provision-cost";
import type { Provision } from "@/graduated-approach/cycle-stages";
import type { EvidencePack } from "./pack-schema";

type Clean = (text: string) => string;

/** "3 × 20 minutes a week for 10 weeks, group of 3" */
export function provisionPattern(p: Provision): string {
  const group = p.groupSize > 1 ? `, group of ${p.groupSize}` : ", one to one";
  return `${p.frequencyPerWeek} x ${p.sessionMinutes} minutes a week for ${p.weeks} weeks${group}`;
}

export const areaName = (framework: Framework, id: string) => areaById(framework, id)?.name ?? id;

/** Every cycle, first to latest, with its outcomes and progress, provision and impact, and decision. */
export function packCycles(cycles: readonly Cycle[], framework: Framework, clean: Clean): EvidencePack["cycles"] {
  return sortCycles(cycles).map((c) => {
    const { assess, plan, do: delivery, review } = c.stages;
    return {
      number: c.number,
      status: c.status,
      openedOn: c.openedOn,
      reviewDate: plan.reviewDate,
      reviewedOn: review.reviewedOn,
      assessments: assess.assessments.map((a) => ({ name: clean(a.name), date: a.date, score: clean(a.score), note: clean(a.note) })),
      outcomes: plan.outcomes.map((o) => {
        const progress = review.outcomeProgress.find((p) => p.outcomeId === o.id);
        return {
          what: clean(o.what), area: areaName(framework, o.area), baseline: clean(o.baseline), target: clean(o.target),
          howMeasured: clean(o.howMeasured), byWhen: o.byWhen,
          progress: progress ? PROGRESS_LABELS[progress.progress] : undefined, evidence: clean(progress?.evidence ?? ""),
        };
      }),
      provisions: plan.provisions.map((p) => {
        const impact = review.provisionImpact.find((i) => i.provisionId === p.id);
        return {
          title: clean(p.title), area: areaName(framework, p.area), who: clean(p.who), pattern: provisionPattern(p),
          yearlyCost: yearlyCost(p), impact: clean(impact?.impact ?? ""), impactRating: impact?.rating ? IMPACT_LABELS[impact.rating] : undefined,
        };
      }),
      delivery: { delivered: delivery.log.filter((l) => l.delivered).length, missed: delivery.log.filter((l) => !l.delivered).length },
      decision: review.decision ? DECISION_LABELS[review.decision] : undefined,
      decisionNote: clean(review.decisionNote),
    };
  });
}

export function packProvisionRows(provisions: readonly Provision[], framework: Framework, clean: Clean): EvidencePack["provisionMap"]["rows"] {
  return provisions.map((p) => ({
    title: clean(p.title), area: areaName(framework, p.area), who: clean(p.who), hoursPerWeek: Math.round(hoursPerWeek(p) * 100) / 100,
    weeks: p.weeks, groupSize: p.groupSize, hourlyCost: p.hourlyCost, yearlyCost: yearlyCost(p),
    ...(p.level ? { level: levelAndTier(framework, p.level) } : {}),
  }));
}

export function packAdvice(cycles: readonly Cycle[], clean: Clean): EvidencePack["externalAdvice"] {
  return sortCycles(cycles).flatMap((c) =>
    c.stages.assess.externalAdvice.map((a) => ({
      source: ADVICE_SOURCE_LABELS[a.source], adviser: clean(a.adviserName ?? ""), date: a.date,
      recommendations: clean(a.recommendations), cycleNumber: c.number,
    })),
  );
}

/** The pupil's or the parents' views, from each cycle's assessment and review, in order. */
export function packViews(cycles: readonly Cycle[], who: "pupilView" | "parentView", clean: Clean): EvidencePack["views"]["pupil"] {
  return sortCycles(cycles).flatMap((c) => {
    const views: EvidencePack["views"]["pupil"] = [];
    const assess = c.stages.assess[who].trim();
    const review = c.stages.review[who].trim();
    if (assess) views.push({ cycleNumber: c.number, stage: "assess", date: c.openedOn, text: clean(assess) });
    if (review && c.stages.review.reviewedOn) views.push({ cycleNumber: c.number, stage: "review", date: c.stages.review.reviewedOn, text: clean(review) });
    return views;
  });
}
