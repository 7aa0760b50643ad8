import { z } from "zod";
import { Phase } from "@/commitment-framework/schema";
import { MisSites } from "@/mis-pupil/site-adapter";
import { CostOverrides } from "./cost-overrides";

/** The school, nursery or college using SEND Companion, chosen on first run. */
export const Setting = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the name of your setting")
    .max(120, "Setting name must be 120 characters or fewer"),
  phases: z.array(Phase).min(1, "Select at least one phase"),
  frameworkId: z.string().min(1, "Select a framework"),
  /** Minutes without activity before the side panel and workspace lock themselves. */
  lockAfterMinutes: z.number().int().min(1).max(240).default(15),
  createdAt: z.iso.datetime(),
  demo: z.boolean().default(false),
  /**
   * The web MIS sites the side panel follows. Settings saved before this existed have none; a damaged list
   * is dropped rather than losing the whole setting (sites are quick to add again, the setting is not).
   */
  misSites: MisSites.default([]).catch([]),
  /** The day a backup was last made on this computer; a damaged value reads as none (the Due view says so). */
  lastBackupOn: z.iso.date().optional().catch(undefined),
  /** Hourly rates and the SEN support threshold where the setting's differ from the framework's. */
  costs: CostOverrides.optional(),
});
export type Setting = z.infer<typeof Setting>;

/** What the first-run form collects; the rest is filled in when it is saved. */
export const SettingInput = Setting.pick({ name: true, phases: true, frameworkId: true });
export type SettingInput = z.infer<typeof SettingInput>;
