import { toCsv } from "@/self-audit/csv";
import type { SenStatusCode } from "./census-codes";
import type { Pupil } from "./pupil";

export const CENSUS_CHECK_HEADERS = ["UPN", "Surname", "Forename", "SEN provision", "Primary need", "Secondary need"];

/** Census provision code: "none" and "monitoring" are both N. */
export function censusProvision(code: SenStatusCode): "N" | "K" | "E" {
  return code === "K" || code === "E" ? code : "N";
}

/**
 * The register as CSV for comparing with the MIS before census day: one row per pupil not archived,
 * by surname then forename. Cells are quoted and defused against spreadsheet formulas by `toCsv`.
 */
export function censusCheckCsv(pupils: readonly Pupil[]): string {
  const rows = pupils
    .filter((p) => !p.archivedOn)
    .toSorted((a, b) => a.lastName.localeCompare(b.lastName, "en-GB") || a.firstName.localeCompare(b.firstName, "en-GB"))
    .map((p) => [
      p.upn ?? "",
      p.lastName,
      p.firstName,
      censusProvision(p.senStatus.code),
      p.needs.find((n) => n.rank === 1)?.code ?? "",
      p.needs.find((n) => n.rank === 2)?.code ?? "",
    ]);
  return toCsv([CENSUS_CHECK_HEADERS, ...rows]);
}
