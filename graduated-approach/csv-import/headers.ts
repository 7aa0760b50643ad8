/** The pupil fields a CSV column can fill. */
export const IMPORT_FIELDS = [
  "firstName", "lastName", "dateOfBirth", "upn", "yearGroup", "senStatus", "senSince", "primaryNeed", "secondaryNeed",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: "First name",
  lastName: "Surname",
  dateOfBirth: "Date of birth",
  upn: "UPN",
  yearGroup: "Year group",
  senStatus: "SEN provision",
  senSince: "SEN provision since",
  primaryNeed: "Primary need",
  secondaryNeed: "Secondary need",
};

/** Header names as MIS exports (Arbor, Bromcom, SIMS, Scholarpack, ...) write them, lowercased with only letters and digits kept. */
const KNOWN_HEADERS: Record<ImportField, string[]> = {
  firstName: ["forename", "firstname", "legalforename", "givenname", "legalfirstname"],
  lastName: ["surname", "legalsurname", "lastname", "familyname", "legallastname"],
  dateOfBirth: ["dob", "dateofbirth", "birthdate"],
  upn: ["upn", "uniquepupilnumber"],
  yearGroup: ["year", "yeargroup", "ncyear", "ncyeargroup", "curriculumyear", "nationalcurriculumyear"],
  senStatus: ["senstatus", "senprovision", "senprovisioncode", "senstage"],
  senSince: [
    "senprovisionsince", "sensince", "senstartdate", "senprovisionstartdate", "senstatusstart", "senstatusstartdate",
    "senstagestartdate", "senprovisionstart",
  ],
  primaryNeed: ["primaryneed", "senneed1", "primarysenneed", "sentype1", "primarysentype", "senneed"],
  secondaryNeed: ["secondaryneed", "senneed2", "secondarysenneed", "sentype2", "secondarysentype"],
};

const BY_NAME = new Map<string, ImportField>(
  Object.entries(KNOWN_HEADERS).flatMap(([field, names]) => names.map((name) => [name, field as ImportField])),
);

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Column index for each recognised field (the first matching column wins), and the headers left unused. */
export interface ColumnMap {
  columns: Partial<Record<ImportField, number>>;
  unrecognised: string[];
}

export function recogniseHeaders(headers: string[]): ColumnMap {
  const columns: Partial<Record<ImportField, number>> = {};
  const unrecognised: string[] = [];
  headers.forEach((header, index) => {
    const field = BY_NAME.get(headerKey(header));
    if (field && columns[field] === undefined) columns[field] = index;
    else if (header.trim() !== "") unrecognised.push(header.trim());
  });
  return { columns, unrecognised };
}
