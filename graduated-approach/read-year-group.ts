import { YearGroup } from "./year-group";

/**
 * An NC year as MIS exports write it: "7", "07", "Y7", "Yr 7", "Year 7", "NC 7", "R", "Year R", "Reception",
 * "N1", "Nursery 2", or "N" (nursery, year not said), or "X" (outside the national curriculum year groups, as
 * special schools record some pupils). Undefined when not an NC year at all.
 */
export type YearRead = { kind: "year"; year: YearGroup } | { kind: "nursery" } | { kind: "outside" };

export function readYearGroup(text: string): YearRead | undefined {
  const key = text.trim().toUpperCase().replace(/[\s.]+/g, "");
  if (key === "X" || key === "NCX" || key === "YEARX") return { kind: "outside" };
  if (key === "N" || key === "NURSERY" || key === "NUR") return { kind: "nursery" };
  if (/^(?:R|REC|RECEPTION|YR|YEARR|YEARREC|YEARRECEPTION|NCR)$/.test(key)) return { kind: "year", year: "R" };
  const nursery = /^(?:N|NURSERY|NUR|YEARN|NCN)([12])$/.exec(key);
  if (nursery) return { kind: "year", year: `N${nursery[1]}` as YearGroup };
  const year = /^(?:Y|YR|YEAR|NC|NCYEAR)?0*(\d{1,2})$/.exec(key);
  if (!year) return undefined;
  const parsed = YearGroup.safeParse(`Y${Number(year[1])}`);
  return parsed.success ? { kind: "year", year: parsed.data } : undefined;
}
