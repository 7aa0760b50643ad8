import type { CatalogueItem, Framework, Statement } from "./schema";

export interface Changed<T> {
  before: T;
  after: T;
  /** The fields that differ, e.g. ["text", "level"]. */
  fields: string[];
}

export interface ListDiff<T> {
  added: T[];
  changed: Changed<T>[];
  removed: T[];
}

export interface FrameworkDiff {
  from: string;
  to: string;
  statements: ListDiff<Statement>;
  catalogue: ListDiff<CatalogueItem>;
  levels: ListDiff<Framework["levels"][number]>;
}

/** What a new version of a framework adds, changes and removes, matched by id. */
export function diffFrameworks(before: Framework, after: Framework): FrameworkDiff {
  return {
    from: before.version,
    to: after.version,
    statements: diffById(before.statements, after.statements),
    catalogue: diffById(before.catalogue, after.catalogue),
    levels: diffById(before.levels, after.levels),
  };
}

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListDiff<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const next = new Set(after.map((x) => x.id));
  const changed: Changed<T>[] = [];
  const added: T[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) added.push(item);
    else {
      const fields = changedFields(was, item);
      if (fields.length) changed.push({ before: was, after: item, fields });
    }
  }
  return { added, changed, removed: before.filter((x) => !next.has(x.id)) };
}

function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k]));
}

/** Nothing added, changed or removed. */
export function isSameContent(diff: FrameworkDiff): boolean {
  return [diff.statements, diff.catalogue, diff.levels].every((d) => !d.added.length && !d.changed.length && !d.removed.length);
}

/** The name a mapping is saved under: the file's name without extension, version, dates or "draft", so the next version finds it. */
export function mappingKey(fileName: string): string {
  return fileName
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/\b(v(ersion)?\s*)?\d+([._-]\d+)*\b/g, " ")
    .replace(/\b(draft|final|update[d]?|new|copy)\b/g, " ")
    .replace(/[^a-z]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
