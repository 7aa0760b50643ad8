// The performance budgets in bench/budgets.json, and how bench/results.json is held against them.
import { z } from "zod";

export const Budget = z.object({
  /** What is measured, in words a developer reads in the table. */
  what: z.string().min(1),
  /** Where the figure is in bench/results.json, as dotted keys ("big.unlock.toDueMs"). */
  path: z.string().regex(/^[\w.]+$/),
  unit: z.enum(["ms", "ratio", "bytes"]),
  /** The limit issue 16 asks for, at the budgets' school size. */
  target: z.number().positive(),
  /**
   * A higher limit enforced until the target is reached, so that nothing gets slower meanwhile. Absent once
   * the target itself holds.
   */
  allowed: z.number().positive().optional(),
  /** Whether the limit grows in proportion to the number of pupils (never more than linearly). */
  perPupil: z.boolean().default(false),
});
export type Budget = z.infer<typeof Budget>;

export const Budgets = z.object({
  /** The school size the limits are written for. */
  pupils: z.number().int().positive(),
  budgets: z.array(Budget).min(1),
});
export type Budgets = z.infer<typeof Budgets>;

export interface Verdict {
  what: string;
  unit: Budget["unit"];
  value: number | undefined;
  /** The limit enforced now, scaled to the measured school. */
  limit: number;
  target: number;
  /** "missing" when results.json has no such figure (the bench changed without its budgets). */
  status: "ok" | "over" | "missing";
  targetMet: boolean;
}

/** A figure at a dotted path, if it is a finite number. */
export function figureAt(results: unknown, path: string): number | undefined {
  let here: unknown = results;
  for (const key of path.split(".")) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return typeof here === "number" && Number.isFinite(here) ? here : undefined;
}

/** Every budget's verdict for results measured with a school of `pupils` pupils. */
export function judge(budgets: Budgets, results: unknown, pupils: number): Verdict[] {
  const scale = pupils / budgets.pupils;
  return budgets.budgets.map((b) => {
    const factor = b.perPupil ? Math.max(1, scale) : 1;
    const value = figureAt(results, b.path);
    const limit = (b.allowed ?? b.target) * factor;
    const target = b.target * factor;
    const status = value === undefined ? "missing" : value <= limit ? "ok" : "over";
    return { what: b.what, unit: b.unit, value, limit, target, status, targetMet: value !== undefined && value <= target };
  });
}

export function formatFigure(value: number | undefined, unit: Budget["unit"]): string {
  if (value === undefined) return "–";
  if (unit === "ms") return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  if (unit === "ratio") return `${value.toFixed(2)}x`;
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
}
