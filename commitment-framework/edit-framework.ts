import type { CatalogueItem, Framework, Level, Statement } from "./schema";

/** A framework being edited: the same shape as a framework, though it may not pass the schema yet. */
export type FrameworkDraft = Framework;

type ListKey = "statements" | "catalogue" | "levels";
type Item<K extends ListKey> = FrameworkDraft[K][number];

/** Replaces one item of a list by id, leaving the rest alone. */
export function updateItem<K extends ListKey>(draft: FrameworkDraft, key: K, id: string, patch: Partial<Item<K>>): FrameworkDraft {
  const list = draft[key] as Item<K>[];
  return { ...draft, [key]: list.map((x) => (x.id === id ? { ...x, ...patch } : x)) };
}

/** Moves an item one place up (-1) or down (+1); nothing at either end. */
export function moveItem(draft: FrameworkDraft, key: ListKey, id: string, by: -1 | 1): FrameworkDraft {
  const list = [...(draft[key] as { id: string }[])];
  const i = list.findIndex((x) => x.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= list.length) return draft;
  [list[i], list[j]] = [list[j]!, list[i]!];
  return { ...draft, [key]: list };
}

export function removeItem(draft: FrameworkDraft, key: ListKey, id: string): FrameworkDraft {
  return { ...draft, [key]: (draft[key] as { id: string }[]).filter((x) => x.id !== id) };
}

/** An id not yet used in the list: "ci-3" after "ci-1" and "ci-2". */
export function freshId(taken: readonly { id: string }[], prefix: string): string {
  const ids = new Set(taken.map((x) => x.id));
  for (let n = taken.length + 1; ; n++) if (!ids.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function newStatement(draft: FrameworkDraft, area: string, kind: Statement["kind"]): Statement {
  return { id: freshId(draft.statements, kind === "need-descriptor" ? `${area}-d` : area), kind, area, level: draft.levels[0]?.id ?? "", phases: [...draft.phases], text: "" };
}

export function newCatalogueItem(draft: FrameworkDraft): CatalogueItem {
  return { id: freshId(draft.catalogue, "item"), name: "", hoursPerWeek: 1, groupSize: 1, links: { areas: [], levels: [], statements: [] } };
}

export function newLevel(draft: FrameworkDraft): Level {
  return { id: freshId(draft.levels, "level"), name: "", tier: draft.tiers[0]?.id ?? "" };
}

/** The file name a published version is saved under. */
export function publishedFileName(fw: Pick<Framework, "id" | "version">): string {
  return `${fw.id}-${fw.version.replace(/[^A-Za-z0-9.-]+/g, "-")}.json`;
}
