import { child, childText, type XmlElement } from "./xml-node";

export interface CtfSource {
  schoolName?: string;
  /** The source school's DfE number: LEA and Estab together, e.g. "9991001". */
  laEstab?: string;
  /** The Header's DateTime, as written. */
  createdAt?: string;
}

function school(element: XmlElement | undefined): { name?: string; laEstab?: string } {
  const name = childText(element, "SchoolName");
  const lea = childText(element, "LEA");
  const estab = childText(element, "Estab");
  return { ...(name ? { name } : {}), ...(lea !== undefined && estab !== undefined ? { laEstab: `${lea}${estab}` } : {}) };
}

export function ctfSource(header: XmlElement | undefined): CtfSource {
  const from = school(child(header, "SourceSchool"));
  const source: CtfSource = {};
  if (from.name !== undefined) source.schoolName = from.name;
  if (from.laEstab !== undefined) source.laEstab = from.laEstab;
  const createdAt = childText(header, "DateTime");
  if (createdAt !== undefined) source.createdAt = createdAt;
  return source;
}

const words = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * What the file says about where it was sent. A destination named differently from this setting needs a look
 * (a notice); one given only as a DfE number is stated (information), since the setting has no DfE number to
 * compare it with.
 */
export function destination(header: XmlElement | undefined, settingName: string | undefined): { notices: string[]; information: string[] } {
  const to = school(child(header, "DestSchool"));
  if (to.name && (!settingName || words(to.name) !== words(settingName))) {
    const number = to.laEstab ? ` (DfE number ${to.laEstab})` : "";
    const here = settingName ? `, not ${settingName}` : "";
    return { notices: [`This Common Transfer File was made for ${to.name}${number}${here}: check it is the right file before importing.`], information: [] };
  }
  if (!to.name && to.laEstab && /^\d{7}$/.test(to.laEstab)) {
    return { notices: [], information: [`The file was made for the school with DfE number ${to.laEstab}.`] };
  }
  return { notices: [], information: [] };
}
