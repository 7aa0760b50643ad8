import { BROAD_AREA_LABELS, BroadArea } from "@/commitment-framework/broad-area";
import type { Framework } from "@/commitment-framework/schema";
import { YearGroup, yearGroupLabel } from "@/graduated-approach/year-group";
import { NOT_RECORDED, type ProvisionLine } from "./provision-lines";

export interface GridColumn {
  id: string;
  label: string;
}

export interface GridRow {
  yearGroup: YearGroup;
  label: string;
  /** Pounds in each column, in column order. */
  cells: number[];
  total: number;
  pupils: number;
}

/** A year group × area-of-need (or tier) table of cost, with totals: the provision map a SENCO prints. */
export interface ProvisionGrid {
  columns: GridColumn[];
  rows: GridRow[];
  columnTotals: number[];
  total: number;
}

const pence = (n: number) => Math.round(n * 100) / 100;

/** Columns are the four broad areas of need, with "Not recorded" last when any cost has no area. */
export function gridByArea(lines: readonly ProvisionLine[]): ProvisionGrid {
  const columns: GridColumn[] = BroadArea.options.map((id) => ({ id, label: BROAD_AREA_LABELS[id] }));
  if (lines.some((l) => !l.broadArea)) columns.push({ id: "", label: NOT_RECORDED });
  return build(lines, columns, (l) => l.broadArea ?? "");
}

/** Columns are the framework's four tiers, lowest first. */
export function gridByTier(lines: readonly ProvisionLine[], framework: Framework): ProvisionGrid {
  const columns: GridColumn[] = framework.tiers.map((t) => ({ id: t.id, label: t.name }));
  const known = new Set(columns.map((c) => c.id));
  if (lines.some((l) => !known.has(l.tier))) columns.push({ id: "", label: NOT_RECORDED });
  return build(lines, columns, (l) => (known.has(l.tier) ? l.tier : ""));
}

function build(lines: readonly ProvisionLine[], columns: GridColumn[], column: (l: ProvisionLine) => string): ProvisionGrid {
  const index = new Map(columns.map((c, n) => [c.id, n]));
  const rows = new Map<YearGroup, { cells: number[]; pupils: Set<string> }>();
  for (const line of lines) {
    const row = rows.get(line.yearGroup) ?? { cells: columns.map(() => 0), pupils: new Set<string>() };
    row.cells[index.get(column(line))!]! += line.cost;
    row.pupils.add(line.pupilId);
    rows.set(line.yearGroup, row);
  }
  const ordered = YearGroup.options.filter((y) => rows.has(y)).map((yearGroup) => {
    const row = rows.get(yearGroup)!;
    const cells = row.cells.map(pence);
    return { yearGroup, label: yearGroupLabel(yearGroup), cells, total: pence(row.cells.reduce((a, b) => a + b, 0)), pupils: row.pupils.size };
  });
  const columnTotals = columns.map((_, n) => pence(ordered.reduce((sum, r) => sum + r.cells[n]!, 0)));
  return { columns, rows: ordered, columnTotals, total: pence(lines.reduce((sum, l) => sum + l.cost, 0)) };
}
