import type { Pupil } from "@/graduated-approach/pupil";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An imported pupil laid over their record as it is now. `before` is the record the import was worked out
 * from and `imported` what the file made of it: only the fields that differ between those two are the file's
 * changes, so an edit made in another window meanwhile to any other field is kept.
 */
export function reapplyImport(before: Pupil, imported: Pupil, now: Pupil): Pupil {
  const from = before as unknown as Record<string, unknown>;
  const to = imported as unknown as Record<string, unknown>;
  const next: Record<string, unknown> = { ...now };
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (same(from[key], to[key])) continue;
    if (to[key] === undefined) delete next[key];
    else next[key] = to[key];
  }
  return next as unknown as Pupil;
}
