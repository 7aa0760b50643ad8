import { toCsv } from "@/self-audit/csv";
import type { ProvisionMapReport } from "../provision-map-report";
import { linesTable } from "./report-tables";

/** The provision map as CSV: one row per pupil per provision (plan or share of a group), cost in pounds as a number. */
export function provisionMapCsv(report: ProvisionMapReport): string {
  const table = linesTable(report, (n) => n);
  return toCsv([[...table.head.slice(0, -1), "Cost (£)"], ...table.body]);
}

export function provisionMapFileName(report: Pick<ProvisionMapReport, "today">, ext: "csv" | "xlsx" | "pdf"): string {
  return `provision-map-${report.today}.${ext}`;
}
