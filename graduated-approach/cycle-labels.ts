import type { AdviceSource, ImpactRating, Progress, ReviewDecision } from "./cycle-stages";

/** Words for the choices in a cycle, as a SENCO would read them. */

export const PROGRESS_LABELS: Record<Progress, string> = {
  "not-started": "Not started",
  some: "Some progress",
  expected: "Met",
  exceeded: "Exceeded",
};

export const IMPACT_LABELS: Record<ImpactRating, string> = {
  none: "No clear impact",
  some: "Some impact",
  good: "Good impact",
};

export const DECISION_LABELS: Record<ReviewDecision, string> = {
  continue: "Continue the plan",
  adjust: "Adjust the plan",
  "step-down": "Step down support",
  "move-tier": "Move to another tier",
  "request-ehcna": "Request an EHC needs assessment",
};

export const ADVICE_SOURCE_LABELS: Record<AdviceSource, string> = {
  EP: "Educational psychologist",
  SALT: "Speech and language therapist",
  OT: "Occupational therapist",
  CAMHS: "Child and adolescent mental health services (CAMHS)",
  "specialist-teacher": "Specialist teacher",
  other: "Other professional",
};
