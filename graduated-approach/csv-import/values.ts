import { SenNeedCode, type SenStatusCode } from "../census-codes";
import { YearGroup } from "../year-group";

export { readDate, type DateRead } from "../read-date";

/** "7", "Y7", "Year 7", "R", "Reception", "N1", "Nursery 2" → a year group; undefined if not recognised. */
export function readYearGroup(text: string): YearGroup | undefined {
  const key = text.trim().toUpperCase().replace(/\s+/g, "");
  if (key === "R" || key === "REC" || key === "RECEPTION" || key === "YR") return "R";
  const nursery = /^(?:N|NURSERY)([12])$/.exec(key);
  if (nursery) return `N${nursery[1]}` as YearGroup;
  const year = /^(?:Y|YEAR|NC)?0*(\d{1,2})$/.exec(key);
  if (!year) return undefined;
  const parsed = YearGroup.safeParse(`Y${Number(year[1])}`);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Census SEN provision: N, K or E (also the words MIS exports sometimes use). Blank reads as N.
 * N is returned as "none"; the import keeps an existing "monitoring" for N.
 */
export function readSenStatus(text: string): SenStatusCode | undefined {
  const key = text.trim().toUpperCase().replace(/[^A-Z]/g, "");
  if (key === "" || key === "N" || key === "NONE" || key === "NOSEN") return "none";
  if (key === "K" || key === "SENSUPPORT" || key === "SUPPORT") return "K";
  if (key === "E" || key === "EHCP" || key === "EHCPLAN" || key === "EHC") return "E";
  return undefined;
}

/** A census SEN type code, any case ("SpLD" reads as SPLD); undefined if not a census code. */
export function readNeedCode(text: string): SenNeedCode | undefined {
  const parsed = SenNeedCode.safeParse(text.trim().toUpperCase());
  return parsed.success ? parsed.data : undefined;
}

/**
 * The year group a child born on `dateOfBirth` is in during the school year that contains `today`
 * (children start reception in the September after they turn four). Undefined outside N1–Y14.
 */
export function yearGroupFromBirth(dateOfBirth: string, today: string): YearGroup | undefined {
  const [by, bm] = dateOfBirth.split("-").map(Number) as [number, number];
  const [ty, tm] = today.split("-").map(Number) as [number, number];
  const birthCohort = bm >= 9 ? by : by - 1;
  const schoolYear = tm >= 9 ? ty : ty - 1;
  const offset = schoolYear - birthCohort - 5;
  if (offset < -2 || offset > 14) return undefined;
  if (offset === -2) return "N1";
  if (offset === -1) return "N2";
  if (offset === 0) return "R";
  return `Y${offset}` as YearGroup;
}
