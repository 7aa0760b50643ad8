import { z } from "zod";

export const EVIDENCE_PACK_SCHEMA_VERSION = 1;

/** A day, or in a de-identified pack only its month ("2026-03"). */
const Date = z.union([z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);
const ReadinessItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  present: z.boolean(),
  detail: z.string(),
  where: z.enum(["assess", "plan", "review", "profile", "details", "meetings", "workspace", "outside"]),
});

export const PackPupil = z.object({
  /** The full name, or initials only when pseudonymised. */
  displayName: z.string(),
  initials: z.string(),
  /** Absent when pseudonymised. */
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  dateOfBirth: Date.optional(),
  upn: z.string().optional(),
  /** Absent when pseudonymised, where the age is given as a band. */
  ageYears: z.number().int().optional(),
  ageBand: z.string().optional(),
  yearGroup: z.string(),
  phase: z.string(),
  senStatus: z.string(),
  senStatusSince: Date.optional(),
  tier: z.string(),
  keyAdult: z.string(),
  profile: z.object({ likeAndAdmire: z.string(), importantToMe: z.string(), howToSupportMe: z.string() }),
  consent: z.object({ recordedOn: Date.optional(), byWhom: z.string(), shareWith: z.array(z.string()), notes: z.string() }),
});

export const PackNeeds = z.object({
  census: z.array(z.object({ code: z.string(), label: z.string(), rank: z.number(), area: z.string() })),
  areas: z.array(z.object({ areaId: z.string(), area: z.string(), strengths: z.string(), needs: z.string(), fromCycle: z.number() })),
  /** The framework's need descriptors ticked as fitting the pupil, with the level and tier each points to; absent when none. */
  descriptors: z.array(z.object({ id: z.string(), area: z.string(), level: z.string(), text: z.string() })).optional(),
  /** The level and tier the ticked descriptors point to, e.g. "Band 4 (Targeted Plus)". */
  descriptorLevel: z.string().optional(),
});

export const PackCycle = z.object({
  number: z.number(),
  status: z.enum(["open", "closed"]),
  openedOn: Date,
  reviewDate: Date.optional(),
  reviewedOn: Date.optional(),
  assessments: z.array(z.object({ name: z.string(), date: Date, score: z.string(), note: z.string() })),
  outcomes: z.array(z.object({
    what: z.string(), area: z.string(), baseline: z.string(), target: z.string(), howMeasured: z.string(),
    byWhen: Date.optional(), progress: z.string().optional(), evidence: z.string(),
  })),
  provisions: z.array(z.object({
    title: z.string(), area: z.string(), who: z.string(), pattern: z.string(), yearlyCost: z.number(),
    impact: z.string(), impactRating: z.string().optional(),
  })),
  delivery: z.object({ delivered: z.number(), missed: z.number() }),
  decision: z.string().optional(),
  decisionNote: z.string(),
});

export const PackProvisionMap = z.object({
  fromCycle: z.number().nullable(),
  rows: z.array(z.object({
    title: z.string(), area: z.string(), who: z.string(), hoursPerWeek: z.number(), weeks: z.number(),
    groupSize: z.number(), hourlyCost: z.number(), yearlyCost: z.number(),
    /** The framework level the provision was chosen at, beside its tier, e.g. "Band 3 (Targeted)"; absent for custom provision. */
    level: z.string().optional(),
  })),
  /** The plan's provision and the pupil's shares of their groups, added up. */
  total: z.number(),
  /** Group interventions the pupil is in, with their share of each group's cost this school year and their own values. */
  groups: z.array(z.object({
    name: z.string(), who: z.string(), share: z.number(), delivered: z.number(), attended: z.number(),
    joined: z.string(), left: z.string().optional(),
    measure: z.string().optional(), unit: z.string().optional(), higherIsBetter: z.boolean().optional(),
    entry: z.number().optional(), exit: z.number().optional(), progress: z.number().optional(),
  })).default([]),
  threshold: z.object({ amount: z.number(), description: z.string() }).optional(),
  comparison: z.enum(["no-threshold", "within", "over"]),
  /** Positive: how far over the threshold; negative: how much room is left. */
  difference: z.number().optional(),
});

export const PackView = z.object({ cycleNumber: z.number(), stage: z.enum(["assess", "review"]), date: Date, text: z.string() });

export const PackOrdinarilyAvailable = z.object({
  auditDate: Date.optional(),
  levels: z.array(z.string()),
  statements: z.array(z.object({ id: z.string(), area: z.string(), tier: z.string(), text: z.string(), rating: z.string(), evidence: z.string() })),
});

export const EvidencePack = z.object({
  schemaVersion: z.literal(EVIDENCE_PACK_SCHEMA_VERSION),
  kind: z.literal("ehc-needs-assessment-evidence-pack"),
  pseudonymised: z.boolean(),
  sensitivity: z.string(),
  cover: z.object({
    title: z.string(),
    pupilName: z.string(),
    settingName: z.string(),
    framework: z.string(),
    localAuthority: z.string(),
    submissionDate: Date,
  }),
  legalTest: z.string(),
  pupil: PackPupil,
  needs: PackNeeds,
  cycles: z.array(PackCycle),
  provisionMap: PackProvisionMap,
  externalAdvice: z.array(z.object({ source: z.string(), adviser: z.string(), date: Date, recommendations: z.string(), cycleNumber: z.number() })),
  views: z.object({
    pupil: z.array(PackView),
    parent: z.array(PackView),
    meetings: z.array(z.object({ date: Date, attendees: z.string(), notes: z.string(), agreedActions: z.string() })),
  }),
  attendance: z.object({ recorded: z.literal(false), note: z.string() }),
  ordinarilyAvailable: PackOrdinarilyAvailable.nullable(),
  readiness: z.object({ note: z.string(), items: z.array(ReadinessItemSchema) }),
  timeline: z.object({ submissionDate: Date, decisionBy: Date, finalPlanBy: Date, note: z.string() }),
});
export type EvidencePack = z.infer<typeof EvidencePack>;
