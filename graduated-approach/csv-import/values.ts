import type { SenNeedCode, SenStatusCode } from "../census-codes";
import { readSenNeed, readSenProvision } from "../census-values";
import { cohortFromBirth, yearGroupOn } from "../cohort";
import type { YearGroup } from "../year-group";

export { readDate, type DateRead } from "../read-date";
export { readYearGroup, type YearRead } from "../read-year-group";

/** Census SEN provision from a code or a description (see census-values.ts); blank reads as N ("none"). */
export function readSenStatus(text: string): SenStatusCode | undefined {
  return readSenProvision(text)?.code;
}

/** A census SEN type from a code, description or common variant; undefined if not a census type. */
export function readNeedCode(text: string): SenNeedCode | undefined {
  return readSenNeed(text)?.code;
}

/**
 * The year group a child born on `dateOfBirth` is in during the school year that contains `today`
 * (children start reception in the September after they turn four). Undefined outside N1–Y14.
 */
export function yearGroupFromBirth(dateOfBirth: string, today: string): YearGroup | undefined {
  return yearGroupOn(cohortFromBirth(dateOfBirth), today);
}
