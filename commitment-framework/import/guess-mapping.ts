import { guessBroadArea } from "../broad-area";
import type { FrameworkMappingInput, LevelMapping, MappingColumns, TierId } from "./mapping";
import type { SourceRow } from "./source-rows";
import { norm } from "./source-rows";

type ColumnKey = keyof Omit<MappingColumns, "area" | "areaSeparator">;

const CLUES: [ColumnKey, RegExp][] = [
  ["id", /^(id|ref|reference|code|no\.?|number)$/i],
  ["text", /statement|provision|descriptor|text|description|what/i],
  ["level", /level|band|tier|stage/i],
  ["phase", /phase|key stage|age/i],
  ["kind", /kind|type/i],
  ["group", /group/i],
  ["strategies", /strateg/i],
  ["evidence", /evidence/i],
  ["hours", /hours?/i],
  ["staffRole", /role|staff|who/i],
  ["costCode", /cost code|code$/i],
  ["rate", /rate|£|cost/i],
  ["weeklyCap", /cap|max/i],
  ["groupSize", /group ?size|ratio|pupils/i],
  ["links", /link|serves|for levels/i],
];

/** Columns whose names say what they hold; each column is used once, first clue first. */
export function guessColumns(headers: readonly string[]): Partial<MappingColumns> {
  const used = new Set<string>();
  const columns: Partial<MappingColumns> = {};
  for (const [key, clue] of CLUES) {
    const header = headers.find((h) => !used.has(h) && clue.test(h));
    if (header) {
      columns[key] = header;
      used.add(header);
    }
  }
  const areas = headers.filter((h) => !used.has(h) && /area|need|section|heading|strand|category|sub/i.test(h)).slice(0, 3);
  if (areas.length) columns.area = areas;
  return columns;
}

/** The different values of a column, in the order they first appear. */
export function distinctValues(rows: readonly SourceRow[], column: string | undefined): string[] {
  if (!column) return [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    const v = (r.values[column] ?? "").trim();
    if (v && !seen.has(norm(v))) seen.set(norm(v), v);
  }
  return [...seen.values()];
}

const TIERS: TierId[] = ["universal", "targeted", "targeted-plus", "specialist"];

/** Levels spread over the four tiers in the order given (first lowest); names that say a tier win. */
export function guessLevels(values: readonly string[]): LevelMapping[] {
  return values.map((value, i) => {
    const named = /universal|expected|ordinarily|all/i.test(value) ? "universal" : /specialist|ehc/i.test(value) ? "specialist" : /plus|enhanced/i.test(value) ? "targeted-plus" : undefined;
    const spread = TIERS[Math.min(3, Math.floor((i * 4) / Math.max(values.length, 1)))]!;
    return { value, tier: named ?? spread };
  });
}

/** The top-level area names the rows give, in the order they first appear. */
export function topAreaNames(rows: readonly SourceRow[], columns: Partial<MappingColumns>): string[] {
  const names = new Set<string>();
  for (const r of rows) {
    const first = r.path?.[0] ?? (columns.area?.[0] ? r.values[columns.area[0]] : undefined);
    const top = columns.areaSeparator && first ? first.split(columns.areaSeparator)[0] : first;
    if (top?.trim()) names.add(top.trim());
  }
  return [...names];
}

/** Top-level area names of the rows, with the broad area (or whole setting) each name points to, where it does. */
export function guessAreas(rows: readonly SourceRow[], columns: Partial<MappingColumns>): FrameworkMappingInput["areas"] {
  const out: Record<string, string> = {};
  for (const name of topAreaNames(rows, columns)) {
    const place = /whole|setting|school|leadership|environment|families|workforce/i.test(name) && !guessBroadArea(name) ? "whole-setting" : guessBroadArea(name);
    if (place) out[name] = place;
  }
  return out as FrameworkMappingInput["areas"];
}
