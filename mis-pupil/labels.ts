/**
 * Labels an MIS puts beside a pupil's details, and which field each one names. `rank` orders labels of the
 * same field: 0 is the surest ("Pupil name"); a bare "Name" (rank 2) could be a contact's name.
 */
export type LabelledField = "fullName" | "firstName" | "lastName" | "dateOfBirth" | "upn";

export interface Label {
  field: LabelledField;
  rank: number;
}

const LABELS: Record<string, Label> = {};

function add(field: LabelledField, rank: number, names: string[]) {
  for (const name of names) LABELS[name] = { field, rank };
}

add("fullName", 0, ["pupil name", "student name", "pupil", "student", "full name", "legal name", "child's name"]);
add("fullName", 2, ["name"]);
add("lastName", 0, ["legal surname", "surname", "last name", "family name"]);
add("firstName", 0, ["legal forename", "legal forenames", "legal first name"]);
add("firstName", 1, ["forename", "forenames", "first name", "first names", "given name", "given names"]);
add("dateOfBirth", 0, ["date of birth", "dob", "d.o.b.", "d.o.b", "birth date", "born"]);
add("upn", 0, ["upn", "unique pupil number"]);

/** Every label of `field`, with its rank. */
export function labelsOf(field: LabelledField): [name: string, rank: number][] {
  return Object.entries(LABELS).filter(([, label]) => label.field === field).map(([name, label]) => [name, label.rank]);
}

/** "Date of Birth:" → "date of birth". */
export function labelKey(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[’‘]/g, "'").trim().replace(/\s*:$/, "").toLowerCase();
}

/** The label `text` is, if it is one of those above (longer text is never a label). */
export function labelFor(text: string): Label | undefined {
  return text.length > 40 ? undefined : LABELS[labelKey(text)];
}
