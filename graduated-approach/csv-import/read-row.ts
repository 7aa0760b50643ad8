import type { SenNeedCode, SenStatusCode } from "../census-codes";
import { describeNeed, describeProvision, readSenNeed, readSenProvision, valueKey } from "../census-values";
import { cohortFromBirth, cohortFromYearGroup, schoolYearOf, yearGroupOn, yearGroupOnLabel } from "../cohort";
import { longDate } from "../long-date";
import { readDate } from "../read-date";
import { readYearGroup } from "../read-year-group";
import { checkUpn } from "../upn";
import { yearGroupLabel, type YearGroup } from "../year-group";
import type { ImportField } from "./headers";
import { splitFullName } from "./split-name";

/** What a row says about a pupil, read and checked; fields the row leaves blank are absent. */
export interface ImportValues {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  upn?: string;
  /** The year group for today, from the cohort. */
  yearGroup?: YearGroup;
  /** The September the pupil started (or starts) reception; see cohort.ts. */
  cohort?: number;
  senStatus?: SenStatusCode;
  /** When the pupil's SEN provision started, as an ISO date. */
  senSince?: string;
  primaryNeed?: SenNeedCode;
  secondaryNeed?: SenNeedCode;
  /** Needs ranked third and below, in rank order. */
  furtherNeeds?: SenNeedCode[];
}

/** A value the file wrote one way and the register stores another: "K - SEN Support" → "K (SEN support)". */
export interface Translation {
  field: ImportField;
  said: string;
  stored: string;
  /** Why, when the file used an old or renamed value. */
  notice?: string;
}

/** The days a row is read against: the file's year groups are as of `asOf`; the register shows `today`. */
export interface RowDates {
  asOf: string;
  today: string;
}

/** Names and other text fields are cut off by no one: a longer value is an error to fix in the file. */
export const MAX_NAME_LENGTH = 100;
/** No field an import reads needs more; a longer cell is usually a column of notes chosen by mistake. */
export const MAX_CELL_LENGTH = 200;

export interface RowRead {
  values: ImportValues;
  errors: string[];
  warnings: string[];
  translations: Translation[];
}

/** Reads and checks the cells of one row. Messages start with the row's label. */
export function readRow(label: string, cells: Partial<Record<ImportField, string>>, dates: RowDates): RowRead {
  const read: RowRead = { values: {}, errors: [], warnings: [], translations: [] };
  const { values, errors } = read;
  for (const [field, text] of Object.entries(cells)) {
    if (text && text.length > MAX_CELL_LENGTH && field !== "firstName" && field !== "lastName") {
      errors.push(`${label}: ${fieldWords(field as ImportField)} is longer than ${MAX_CELL_LENGTH} characters: check the column holds what it says`);
    }
    if (text?.includes("\uFFFD")) {
      errors.push(`${label}: ${fieldWords(field as ImportField)} “${text}” has a character that could not be read: save the file as “CSV UTF-8” and choose it again`);
    }
  }
  readNames(label, cells, read);
  if (cells.upn) {
    const upn = checkUpn(cells.upn);
    if (upn.ok) values.upn = upn.upn;
    else errors.push(`${label}: ${upn.message}`);
  }
  const dateOfBirth = readDateCell(label, "date of birth", cells.dateOfBirth, errors);
  if (dateOfBirth) values.dateOfBirth = dateOfBirth;
  readYear(label, cells.yearGroup, dates, read);
  if (cells.senStatus !== undefined) {
    const status = readSenProvision(cells.senStatus);
    if (!status) errors.push(`${label}: unknown SEN provision ${cells.senStatus}: use N, K or E`);
    else {
      values.senStatus = status.code;
      const plain = valueKey(cells.senStatus);
      if (plain !== "" && plain !== (status.code === "none" ? "n" : status.code.toLowerCase())) {
        translate(read, "senStatus", cells.senStatus, describeProvision(status.code), status.notice);
      }
    }
  }
  const senSince = readDateCell(label, "SEN provision start date", cells.senSince, errors);
  if (senSince) values.senSince = senSince;
  for (const field of ["primaryNeed", "secondaryNeed"] as const) {
    const code = readNeedCell(label, field, cells[field], read);
    if (code) values[field] = code;
  }
  if (cells.furtherNeeds) {
    const further = cells.furtherNeeds.split(/[,;/|]/).map((t) => readNeedCell(label, "furtherNeeds", t, read));
    const codes = further.filter((c) => c !== undefined);
    if (codes.length > 0) values.furtherNeeds = codes;
  }
  errors.push(...needErrors(label, values));
  return read;
}

function readNames(label: string, cells: Partial<Record<ImportField, string>>, { values, errors }: RowRead) {
  const split = cells.fullName ? splitFullName(cells.fullName) : {};
  const firstName = cells.firstName || split.firstName;
  const lastName = cells.lastName || split.lastName;
  if (firstName) values.firstName = firstName;
  if (lastName) values.lastName = lastName;
  for (const [what, text] of [["first name", firstName], ["surname", lastName]] as const) {
    if (text && text.length > MAX_NAME_LENGTH) errors.push(`${label}: ${what} is longer than ${MAX_NAME_LENGTH} characters`);
  }
}

function readNeedCell(label: string, field: ImportField, text: string | undefined, read: RowRead): SenNeedCode | undefined {
  if (!text?.trim()) return undefined;
  const need = readSenNeed(text);
  if (!need) {
    read.errors.push(`${label}: unknown SEN need code ${text.trim()}`);
    return undefined;
  }
  if (valueKey(text) !== valueKey(need.code)) translate(read, field, text.trim(), describeNeed(need.code), need.notice);
  return need.code;
}

function readYear(label: string, text: string | undefined, dates: RowDates, read: RowRead) {
  const { values, errors, warnings } = read;
  const dob = values.dateOfBirth;
  const byBirth = dob ? cohortFromBirth(dob) : undefined;
  const year = text ? readYearGroup(text) : undefined;
  if (text && !year) {
    errors.push(`${label}: unknown year group ${text}`);
    return;
  }
  let cohort = byBirth;
  if (year?.kind === "year") {
    cohort = cohortFromYearGroup(year.year, dates.asOf);
    if (byBirth !== undefined && byBirth !== cohort) {
      warnings.push(
        `${label}: the file says ${yearGroupLabel(year.year)}, but a pupil born ${longDate(dob)} would be in ` +
          `${yearGroupOnLabel(byBirth, dates.asOf)}: kept in ${yearGroupLabel(year.year)}, as taught out of their age group`,
      );
    }
  } else if (year?.kind === "outside" || year?.kind === "nursery") {
    const nurseryByBirth = byBirth !== undefined && schoolYearOf(dates.asOf) - byBirth < 0;
    if (year.kind === "nursery" && !nurseryByBirth) cohort = cohortFromYearGroup("N2", dates.asOf);
    if (cohort === undefined) {
      errors.push(`${label}: year group ${text} does not say which year, and there is no date of birth to work it out`);
      return;
    }
    translate(read, "yearGroup", text!, `${yearGroupOnLabel(cohort, dates.today)} (${year.kind === "outside" ? "from the date of birth" : "nursery"})`);
  }
  if (cohort === undefined) return;
  const now = yearGroupOn(cohort, dates.today);
  if (!now) {
    const who = dob && cohort === byBirth ? `a pupil born ${longDate(dob)}` : "a pupil in this year group";
    errors.push(`${label}: ${who} is ${yearGroupOnLabel(cohort, dates.today)} today, so is not a pupil of a school`);
    return;
  }
  values.cohort = cohort;
  values.yearGroup = now;
  if (year?.kind === "year" && year.year !== now) {
    translate(read, "yearGroup", text!, `${yearGroupLabel(now)} (the file is from ${longDate(dates.asOf)}; a new school year has started)`);
  }
}

function translate(read: RowRead, field: ImportField, said: string, stored: string, notice?: string) {
  read.translations.push({ field, said, stored, ...(notice ? { notice } : {}) });
}

/** A date, also with a time part as some exports add ("2015-08-31T00:00:00", "03/04/2015 00:00"). */
function readDateCell(label: string, what: string, text: string | undefined, errors: string[]): string | undefined {
  if (!text) return undefined;
  const date = readDate(text.replace(/(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, ""));
  if (date.ok) return date.date;
  if (date.reason === "impossible") errors.push(`${label}: ${what} ${text} is not a real date`);
  else errors.push(`${label}: ${what} ${text} is not written as dd/mm/yyyy or yyyy-mm-dd`);
  return undefined;
}

const FIELD_WORDS: Partial<Record<ImportField, string>> = {
  firstName: "first name", lastName: "surname", fullName: "name", upn: "UPN", formerUpn: "former UPN",
};
function fieldWords(field: ImportField): string {
  return FIELD_WORDS[field] ?? field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

function needErrors(label: string, v: ImportValues): string[] {
  const errors: string[] = [];
  const needs = [v.primaryNeed, v.secondaryNeed, ...(v.furtherNeeds ?? [])].filter((n) => n !== undefined);
  if (v.secondaryNeed && !v.primaryNeed) errors.push(`${label}: secondary need ${v.secondaryNeed} without a primary need`);
  if (needs.includes("NSA") && v.senStatus !== undefined && v.senStatus !== "K") {
    errors.push(`${label}: NSA (no specialist assessment) can only be used for a pupil at SEN support (K)`);
  }
  if (needs.includes("NSA") && needs.length > 1) errors.push(`${label}: NSA cannot sit beside another need`);
  if (v.primaryNeed && v.primaryNeed === v.secondaryNeed) {
    errors.push(`${label}: ${v.primaryNeed} is both the primary and the secondary need`);
  } else if (new Set(needs).size < needs.length) errors.push(`${label}: ${needs.find((n, i) => needs.indexOf(n) !== i)} is given as more than one need`);
  if (needs.length > 0 && (v.senStatus === "none" || v.senStatus === "monitoring")) {
    errors.push(`${label}: SEN need ${needs.join(", ")} given for a pupil with SEN provision N`);
  }
  return errors;
}
