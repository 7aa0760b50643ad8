import { HEADER_SPELLINGS, SEN_LOOKING } from "./header-spellings";

/** The pupil fields a CSV column can fill. */
export const IMPORT_FIELDS = [
  "firstName", "lastName", "fullName", "dateOfBirth", "upn", "formerUpn", "yearGroup", "senStatus", "senSince",
  "primaryNeed", "secondaryNeed", "furtherNeeds",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: "First name",
  lastName: "Surname",
  fullName: "Full name",
  dateOfBirth: "Date of birth",
  upn: "UPN",
  formerUpn: "Former UPN",
  yearGroup: "Year group",
  senStatus: "SEN provision",
  senSince: "SEN provision since",
  primaryNeed: "Primary need",
  secondaryNeed: "Secondary need",
  furtherNeeds: "Further needs",
};

const BY_NAME = new Map<string, ImportField>(
  Object.entries(HEADER_SPELLINGS).flatMap(([field, names]) => names.map((name) => [headerKey(name), field as ImportField])),
);

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The field a heading names, if it is one of the known spellings. */
export function fieldForHeader(header: string): ImportField | undefined {
  return BY_NAME.get(headerKey(header));
}

/** Column index for each recognised field (the first matching column wins), and the headers left unused. */
export interface ColumnMap {
  columns: Partial<Record<ImportField, number>>;
  unrecognised: string[];
}

export function recogniseHeaders(headers: readonly string[]): ColumnMap {
  const columns: Partial<Record<ImportField, number>> = {};
  const unrecognised: string[] = [];
  headers.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field && columns[field] === undefined) columns[field] = index;
    else if (header.trim() !== "") unrecognised.push(header.trim());
  });
  // A full-name column is only needed when the file has no separate name columns.
  if (columns.firstName !== undefined && columns.lastName !== undefined && columns.fullName !== undefined) {
    unrecognised.push(headers[columns.fullName]!.trim());
    delete columns.fullName;
  }
  return { columns, unrecognised };
}

/** Whether a heading looks like SEN data ("SEN need 4", "EHCP review date"). */
export function looksLikeSen(header: string): boolean {
  return SEN_LOOKING.test(header.replace(/[_.]/g, " "));
}
