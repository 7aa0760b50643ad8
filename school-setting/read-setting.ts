import { Setting } from "./setting";

/** What a stored setting becomes when read field by field: the setting, and a sentence per field that was replaced. */
export interface LenientSetting {
  setting: Setting;
  /** e.g. "The lock time could not be read, so it is back to 15 minutes." Empty when every field was fine. */
  problems: string[];
}

export interface SettingDefaults {
  /** The built-in framework's id, for a damaged framework choice. */
  frameworkId: string;
  /** Now, as an ISO date-time, for a damaged creation time. */
  now: string;
}

type Field = keyof Setting;

/** The default each field falls back to, and how to tell the user. */
const FALLBACKS: { [K in Field]-?: (d: SettingDefaults) => { value: Setting[K]; problem: string } } = {
  name: () => ({ value: "Your setting", problem: "The setting's name could not be read, so it shows as \"Your setting\"." }),
  phases: () => ({ value: ["school"], problem: "The phases could not be read, so only School is chosen. Check them in Setting." }),
  frameworkId: (d) => ({ value: d.frameworkId, problem: "The framework choice could not be read, so the built-in framework is used. Choose yours again in Setting." }),
  lockAfterMinutes: () => ({ value: 15, problem: "The lock time could not be read, so it is back to 15 minutes." }),
  createdAt: (d) => ({ value: d.now, problem: "The date the setting was made could not be read, so today's date is used." }),
  demo: () => ({ value: false, problem: "Whether this is the demo school could not be read, so it is treated as a real school." }),
  misSites: () => ({ value: [], problem: "The MIS sites could not be read, so there are none. Add them again in Setting." }),
  lastBackupOn: () => ({ value: undefined, problem: "The day of the last backup could not be read, so it shows as no backup yet." }),
  costs: () => ({ value: undefined, problem: "Your setting's own costs could not be read, so the framework's costs are used. Enter them again in Setting." }),
};

/**
 * Reads a stored setting field by field, so that one damaged value (a bad edit, a damaged disk) does not stop
 * SEND Companion opening: each field that fails its check is replaced by its default and named in `problems`.
 * Undefined when the record is not an object at all (then nothing of it can be trusted).
 */
export function readSettingLeniently(stored: unknown, defaults: SettingDefaults): LenientSetting | undefined {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return undefined;
  const whole = Setting.safeParse(stored);
  if (whole.success) return { setting: whole.data, problems: [] };
  const record = stored as Record<string, unknown>;
  const setting: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const field of Object.keys(FALLBACKS) as Field[]) {
    const one = Setting.shape[field].safeParse(record[field]);
    if (one.success) {
      if (one.data !== undefined) setting[field] = one.data;
      continue;
    }
    const fallback = FALLBACKS[field](defaults);
    if (fallback.value !== undefined) setting[field] = fallback.value;
    problems.push(fallback.problem);
  }
  const repaired = Setting.safeParse(setting);
  return repaired.success ? { setting: repaired.data, problems } : undefined;
}
