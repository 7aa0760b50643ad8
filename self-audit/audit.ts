import { z } from "zod";
import { Phase } from "@/commitment-framework/schema";

/** What the audit lead records against one statement of the framework. */
export const StatementAssessment = z.object({
  /** A value from the framework's own audit scale; absent until rated. */
  rating: z.number().int().min(0).optional(),
  evidence: z.string().default(""),
  evidenceSource: z.string().default(""),
  action: z.string().default(""),
  owner: z.string().default(""),
  due: z.iso.date().optional(),
  skipped: z.boolean().default(false),
});
export type StatementAssessment = z.infer<typeof StatementAssessment>;

/** One sitting (or several) of the setting's self-audit against one framework version and phase. */
export const Audit = z.object({
  id: z.string().min(1),
  settingName: z.string().min(1),
  frameworkId: z.string().min(1),
  frameworkVersion: z.string().min(1),
  phase: Phase,
  startedOn: z.iso.date(),
  completedOn: z.iso.date().optional(),
  assessments: z.record(z.string(), StatementAssessment).default({}),
  updatedAt: z.iso.datetime(),
});
export type Audit = z.infer<typeof Audit>;
