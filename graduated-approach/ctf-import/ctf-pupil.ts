import { senCells } from "./ctf-sen";
import type { SourceCells } from "./source-row";
import { child, childText, type XmlElement } from "./xml-node";

/**
 * Where the CTF specification's "Pupil identifiers" and "Basic details" put what the import reads. UPN (or
 * UniquePupilNumber, as some writers spell it), FormerUPN, Surname, Forename and DOB sit directly under Pupil;
 * NCyearActual sits in BasicDetails. Each is read from Pupil first, then from BasicDetails, since writers and
 * versions differ.
 */
const BASIC_FIELDS = [
  ["upn", ["UPN", "UniquePupilNumber"]],
  ["formerUpn", ["FormerUPN", "FormerUniquePupilNumber"]],
  ["lastName", ["Surname"]],
  ["firstName", ["Forename"]],
  ["dateOfBirth", ["DOB"]],
  ["yearGroup", ["NCyearActual"]],
] as const;

/** The cells for one `<Pupil>`, as written in the file (trimmed); an element that is missing or blank leaves its cell out. */
export function pupilCells(pupil: XmlElement, label: string): { cells: SourceCells; warnings: string[] } {
  const basic = child(pupil, "BasicDetails");
  const cells: SourceCells = {};
  for (const [field, elements] of BASIC_FIELDS) {
    const text = elements.map((element) => childText(pupil, element) ?? childText(basic, element)).find((t) => t !== undefined);
    if (text !== undefined) cells[field] = text;
  }
  const sen = senCells(pupil, label);
  return { cells: { ...cells, ...sen.cells }, warnings: sen.warnings };
}
