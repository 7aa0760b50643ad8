import { z } from "zod";
import { FrameworkRef, Id, Notes, Text } from "./fields";
import { IsoDate } from "./iso-date";

/* Assess ------------------------------------------------------------------------------------------ */

export const AreaProfile = z.object({ strengths: Notes, needs: Notes });
export type AreaProfile = z.infer<typeof AreaProfile>;

export const Assessment = z.object({
  id: Id,
  name: Text,
  date: IsoDate,
  /** As the tool reports it: a standard score, an age equivalent, a raw mark… */
  score: Notes,
  note: Notes,
});
export type Assessment = z.infer<typeof Assessment>;

export const AdviceSource = z.enum(["EP", "SALT", "OT", "CAMHS", "specialist-teacher", "other"]);
export type AdviceSource = z.infer<typeof AdviceSource>;

export const ExternalAdvice = z.object({
  id: Id,
  source: AdviceSource,
  adviserName: z.string().optional(),
  date: IsoDate,
  recommendations: Notes,
});
export type ExternalAdvice = z.infer<typeof ExternalAdvice>;

export const AssessStage = z.object({
  /** Keyed by framework area id, e.g. "cognition-learning". */
  strengthsAndNeeds: z.record(FrameworkRef, AreaProfile).default({}),
  assessments: z.array(Assessment).default([]),
  pupilView: Notes,
  parentView: Notes,
  externalAdvice: z.array(ExternalAdvice).default([]),
});
export type AssessStage = z.infer<typeof AssessStage>;

/* Plan -------------------------------------------------------------------------------------------- */

export const Outcome = z.object({
  id: Id,
  /** Framework area id. */
  area: FrameworkRef,
  /** May be blank while the SENCO is still writing it: the plan-quality rules ask for it. */
  what: Notes,
  baseline: Notes,
  target: Notes,
  howMeasured: Notes,
  byWhen: IsoDate.optional(),
  preparingForAdulthood: z.boolean().optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const Provision = z.object({
  id: Id,
  /** The framework statement this provision delivers; absent for custom provision. */
  statementId: FrameworkRef.optional(),
  /** May be blank while the SENCO is still writing it: the plan-quality rules ask for it. */
  title: Notes,
  area: FrameworkRef,
  who: Notes,
  frequencyPerWeek: z.number().min(0).default(0),
  sessionMinutes: z.number().min(0).default(0),
  groupSize: z.number().int().min(1, "group size must be at least 1").default(1),
  /** Weeks in the school year the provision runs (a school year is 39 weeks). */
  weeks: z.number().min(0).default(0),
  /** Cost of one hour of the provision in pounds (the adult's time, not per pupil). */
  hourlyCost: z.number().min(0).default(0),
  /** The most it may cost a week for this pupil, in pounds, as the framework's catalogue caps it. */
  weeklyCap: z.number().min(0).optional(),
  /** The costed provision item of the framework it came from, if any. */
  catalogueItemId: FrameworkRef.optional(),
  /** The framework level it was chosen at, and the framework version it was chosen from. */
  level: FrameworkRef.optional(),
  frameworkVersion: z.string().optional(),
});
export type Provision = z.infer<typeof Provision>;

export const PlanStage = z.object({
  outcomes: z.array(Outcome).default([]),
  provisions: z.array(Provision).default([]),
  reviewDate: IsoDate.optional(),
});
export type PlanStage = z.infer<typeof PlanStage>;

/* Do ---------------------------------------------------------------------------------------------- */

export const LogEntry = z.object({
  id: Id,
  date: IsoDate,
  provisionId: Id,
  /** False when the session did not happen or the pupil missed it. */
  delivered: z.boolean(),
  note: Notes,
});
export type LogEntry = z.infer<typeof LogEntry>;

export const DoStage = z.object({ log: z.array(LogEntry).default([]) });
export type DoStage = z.infer<typeof DoStage>;

/* Review ------------------------------------------------------------------------------------------ */

export const Progress = z.enum(["not-started", "some", "expected", "exceeded"]);
export type Progress = z.infer<typeof Progress>;

export const OutcomeProgress = z.object({ outcomeId: Id, progress: Progress, evidence: Notes });
export type OutcomeProgress = z.infer<typeof OutcomeProgress>;

export const ImpactRating = z.enum(["none", "some", "good"]);
export type ImpactRating = z.infer<typeof ImpactRating>;

export const ProvisionImpact = z.object({ provisionId: Id, impact: Notes, rating: ImpactRating.optional() });
export type ProvisionImpact = z.infer<typeof ProvisionImpact>;

export const ReviewDecision = z.enum(["continue", "adjust", "step-down", "move-tier", "request-ehcna"]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewStage = z.object({
  reviewedOn: IsoDate.optional(),
  outcomeProgress: z.array(OutcomeProgress).default([]),
  provisionImpact: z.array(ProvisionImpact).default([]),
  pupilView: Notes,
  parentView: Notes,
  decision: ReviewDecision.optional(),
  decisionNote: Notes,
});
export type ReviewStage = z.infer<typeof ReviewStage>;
