import { describePath } from "../load-framework";
import { groupProblems, plainIssueMessage, type Problem } from "../problems";
import { Framework, type CatalogueItem, type FrameworkInput, type Statement } from "../schema";
import type { FrameworkMapping, LevelMapping } from "./mapping";
import { createAreaTree } from "./place-areas";
import { norm, type SourceRow } from "./source-rows";
import { STANDARD_TIERS } from "./standard-tiers";
import { readHours, readLinks, readList, readMoney, readPhases, slug } from "./values";

export interface ConversionResult {
  /** Present only when there is nothing to fix. */
  framework?: Framework;
  /** One line per kind of problem, with the first few places. */
  problems: string[];
  /** How many problems there were in all, before grouping. */
  problemCount: number;
  rows: number;
}

type CatalogueDraft = Omit<CatalogueItem, "links"> & { links: { areas: string[]; levels: string[]; statements: string[] }; linkWords: string[]; place: string };

/** Reads mapped rows into a version-2 framework, collecting every problem (row by row, then the whole) as plain lines. */
export function convertRows(rows: readonly SourceRow[], mapping: FrameworkMapping): ConversionResult {
  const problems: Problem[] = [];
  const report = (where: string, message: string) => problems.push({ where, message });
  const cols = mapping.columns;
  const tree = createAreaTree(mapping, report);
  const levels = mapping.levels.map((l) => ({ ...l, id: slug(l.value) }));
  const statements: Statement[] = [];
  const catalogue: CatalogueDraft[] = [];
  const groups = new Map<string, string>();
  const perArea = new Map<string, number>();
  const get = (row: SourceRow, column: string | undefined) => (column ? (row.values[column] ?? "").trim() : "");

  for (const row of rows) {
    const text = get(row, cols.text);
    if (!text) {
      report(row.place, `has nothing in "${cols.text}"`);
      continue;
    }
    const path = areaPath(row, mapping);
    if (path.length === 0) {
      report(row.place, "says no area");
      continue;
    }
    if (path.length > 3) report(row.place, "has an area path more than three deep; only the first three parts are kept");
    const area = tree.add(path.slice(0, 3), row.place)!;
    const level = findLevel(levels, get(row, cols.level), cols.level !== undefined);
    if (typeof level === "string") report(row.place, level);
    const kind = kindOf(row, mapping);
    const ownId = get(row, cols.id);
    if (kind === "catalogue") {
      const item = catalogueItem(row, mapping, ownId, text, catalogue.length + 1, report);
      item.links.areas.push(area);
      if (level && typeof level !== "string") item.links.levels.push(level.id);
      catalogue.push(item);
      continue;
    }
    if (!level || typeof level === "string") continue;
    const phases = readPhases(get(row, cols.phase), mapping.framework.phases);
    if (!phases) report(row.place, `phase "${get(row, cols.phase)}" is not a phase this can read: write early years, school or post-16`);
    const n = (perArea.get(area) ?? 0) + 1;
    perArea.set(area, n);
    const statement: Statement = { id: ownId ? slug(ownId) : `${area}-${n}`, kind, area, level: level.id, phases: phases ?? [...mapping.framework.phases], text };
    const strategies = readList(get(row, cols.strategies));
    const evidence = readList(get(row, cols.evidence));
    if (strategies.length) statement.strategies = strategies;
    if (evidence.length) statement.evidence = evidence;
    const group = get(row, cols.group);
    if (group && kind === "need-descriptor") {
      groups.set(slug(group), group);
      statement.group = slug(group);
    }
    statements.push(statement);
  }

  const { senSupportThreshold, ...details } = mapping.framework;
  const input: FrameworkInput = {
    schemaVersion: 2,
    ...details,
    senSupportThreshold: { amount: senSupportThreshold, currency: "GBP", description: "The notional SEN support budget: what a setting funds for a pupil at SEN support each year before asking for top-up funding." },
    tiers: [...STANDARD_TIERS],
    levels: levels.map((l) => ({ id: l.id, name: l.name ?? l.value, tier: l.tier })),
    areas: tree.areas,
    groups: [...groups].map(([id, name]) => ({ id, name, rule: mapping.groupRule })),
    statements,
    catalogue: catalogue.map(({ linkWords, place, ...item }) => ({ ...item, links: resolveLinks(item.links, linkWords, place, levels, tree.areas, statements, report) })),
  };
  if (statements.length === 0) report("the file", "has no statements the mapping could read");
  const parsed = Framework.safeParse(input);
  if (problems.length === 0 && parsed.success) return { framework: parsed.data, problems: [], problemCount: 0, rows: rows.length };
  if (!parsed.success && problems.length === 0) {
    for (const issue of parsed.error.issues) report(describePath(issue.path, input), plainIssueMessage(issue));
  }
  return { problems: groupProblems(problems), problemCount: problems.length, rows: rows.length };
}

function areaPath(row: SourceRow, mapping: FrameworkMapping): string[] {
  const columns = mapping.columns.area;
  if (!columns?.length) return row.path ?? [];
  const parts = columns.map((c) => (row.values[c] ?? "").trim());
  const sep = mapping.columns.areaSeparator;
  const split = sep ? parts.flatMap((p) => p.split(sep)) : parts;
  return [...(row.path ?? []), ...split.map((p) => p.trim()).filter(Boolean)];
}

type LevelFound = LevelMapping & { id: string };

function findLevel(levels: LevelFound[], value: string, hasColumn: boolean): LevelFound | string | undefined {
  if (!value) return hasColumn || levels.length !== 1 ? "says no level" : levels[0];
  const found = levels.find((l) => norm(l.value) === norm(value) || (l.name && norm(l.name) === norm(value)));
  return found ?? `level "${value}" is not in the mapping's levels: add it to "levels" with the tier it counts as`;
}

function kindOf(row: SourceRow, mapping: FrameworkMapping): Statement["kind"] | "catalogue" {
  const { kind, hours, rate } = mapping.columns;
  if (kind) {
    const value = norm(row.values[kind] ?? "");
    if (mapping.kinds["need-descriptor"].some((k) => norm(k) === value)) return "need-descriptor";
    if (mapping.kinds.catalogue.some((k) => norm(k) === value)) return "catalogue";
    return "provision";
  }
  const costed = [hours, rate].some((c) => c && (row.values[c] ?? "").trim());
  return costed ? "catalogue" : "provision";
}

function catalogueItem(row: SourceRow, mapping: FrameworkMapping, ownId: string, name: string, n: number, report: (w: string, m: string) => void): CatalogueDraft {
  const cols = mapping.columns;
  const get = (c: string | undefined) => (c ? (row.values[c] ?? "").trim() : "");
  const hours = readHours(get(cols.hours));
  if (hours === undefined || Number.isNaN(hours)) report(row.place, `hours "${get(cols.hours)}" is not a number of hours a week or "bespoke"`);
  const money = (column: string | undefined, what: string) => {
    const value = readMoney(get(column));
    if (value !== undefined && Number.isNaN(value)) report(row.place, `${what} "${get(column)}" is not an amount in pounds`);
    return value === undefined || Number.isNaN(value) ? undefined : value;
  };
  const item: CatalogueDraft = {
    id: ownId ? slug(ownId) : `item-${n}`,
    name,
    hoursPerWeek: hours === undefined || Number.isNaN(hours) ? "bespoke" : hours,
    groupSize: Math.max(1, Math.round(Number(get(cols.groupSize)) || 1)),
    links: { areas: [], levels: [], statements: [] },
    linkWords: readLinks(get(cols.links)),
    place: row.place,
  };
  const rate = money(cols.rate, "hourly rate");
  const cap = money(cols.weeklyCap, "weekly cap");
  if (rate !== undefined) item.hourlyRate = rate;
  if (cap !== undefined) item.weeklyCap = cap;
  if (get(cols.staffRole)) item.staffRole = get(cols.staffRole);
  if (get(cols.costCode)) item.costCode = get(cols.costCode);
  return item;
}

function resolveLinks(
  links: CatalogueDraft["links"], words: string[], place: string, levels: LevelFound[],
  areas: { id: string; name: string }[], statements: Statement[], report: (w: string, m: string) => void,
) {
  const out = { areas: [...links.areas], levels: [...links.levels], statements: [...links.statements] };
  const push = (list: string[], id: string) => list.includes(id) || list.push(id);
  for (const word of words) {
    const level = levels.find((l) => norm(l.value) === norm(word) || (l.name && norm(l.name) === norm(word)));
    const area = areas.find((a) => norm(a.name) === norm(word) || a.id === slug(word));
    const statement = statements.find((s) => s.id === slug(word));
    if (level) push(out.levels, level.id);
    else if (area) push(out.areas, area.id);
    else if (statement) push(out.statements, statement.id);
    else report(place, `link "${word}" is not a level, area or statement id of this framework`);
  }
  return out;
}
