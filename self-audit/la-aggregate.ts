import type { Framework, Statement } from "@/commitment-framework/schema";
import type { AuditExport } from "./audit-export";
import { nearestLevel, scaleMax, scaleMin, sortedLevels } from "./scale";

export interface LevelCount {
  value: number;
  label: string;
  count: number;
}

export interface AreaSpread {
  id: string;
  name: string;
  /** How many settings' mean rating for this area is nearest each level of the scale, lowest first. */
  levels: LevelCount[];
  /** Settings that rated nothing in this area. */
  notRated: number;
  /** The mean, across settings, of each setting's area score as a percentage of the scale's top. */
  meanPercent: number | null;
}

export interface LowStatement {
  statement: Statement;
  /** Settings that rated it at the bottom of the scale. */
  lowest: number;
  /** Settings that rated it at all. */
  rated: number;
  meanRating: number;
}

export interface LaSummary {
  settings: number;
  areas: AreaSpread[];
  /** Statements most settings rate at the bottom of the scale, most first. */
  lowestStatements: LowStatement[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Compares many settings' audit exports (all against this framework) area by area and statement by statement. */
export function aggregateExports(framework: Framework, exports: AuditExport[], lowestLimit = 10): LaSummary {
  const scale = framework.auditScale;
  const max = scaleMax(scale);
  const ratingMaps = exports.map((e) => new Map(e.ratings.filter((r) => r.rating !== null).map((r) => [r.statementId, r.rating as number])));
  const areas = framework.areas.flatMap((area): AreaSpread[] => {
    const ids = framework.statements.filter((s) => s.area === area.id).map((s) => s.id);
    const settingMeans = ratingMaps.map((m) => mean(ids.flatMap((id) => (m.has(id) ? [m.get(id)!] : []))));
    const rated = settingMeans.filter((m): m is number => m !== null);
    if (rated.length === 0 && !exports.some((e) => e.ratings.some((r) => ids.includes(r.statementId)))) return [];
    const levels = sortedLevels(scale).map((l) => ({ value: l.value, label: l.label, count: rated.filter((m) => nearestLevel(scale, m).value === l.value).length }));
    const meanOfMeans = mean(rated);
    return [{ id: area.id, name: area.name, levels, notRated: settingMeans.length - rated.length, meanPercent: meanOfMeans === null ? null : (meanOfMeans / max) * 100 }];
  });
  const bottom = scaleMin(scale);
  const lowestStatements = framework.statements
    .flatMap((statement): LowStatement[] => {
      const ratings = ratingMaps.flatMap((m) => (m.has(statement.id) ? [m.get(statement.id)!] : []));
      if (ratings.length === 0) return [];
      return [{ statement, lowest: ratings.filter((r) => r === bottom).length, rated: ratings.length, meanRating: mean(ratings)! }];
    })
    .filter((s) => s.lowest > 0)
    .sort((a, b) => b.lowest - a.lowest || a.meanRating - b.meanRating)
    .slice(0, lowestLimit);
  return { settings: exports.length, areas, lowestStatements };
}
