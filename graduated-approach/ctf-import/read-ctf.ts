import { XMLParser, XMLValidator } from "fast-xml-parser";
import { pupilCells } from "./ctf-pupil";
import type { SourceRow } from "./source-row";
import { child, children, childText, type XmlElement } from "./xml-node";

/**
 * Reads a DfE Common Transfer File (CTF), the XML a school's MIS exports when a pupil moves school. Element
 * names and nesting follow the CTF specification's sections "Header" and "Pupil" (checked against open-source
 * CTF readers and writers, including the DfE's own Multiplication Tables Check export):
 *
 *   CTfile > Header > DateTime, SourceSchool > LEA, Estab, SchoolName
 *   CTfile > CTFpupilData > Pupil (repeats)            see ctf-pupil.ts and ctf-sen.ts
 *
 * Values are passed on as text; the shared import row reader checks them, so a CTF and a CSV report a bad
 * UPN or an unknown code in the same words.
 */

export type { SourceCells, SourceRow } from "./source-row";

export interface CtfSource {
  schoolName?: string;
  /** The source school's DfE number: LEA and Estab together, e.g. "9991001". */
  laEstab?: string;
  /** The Header's DateTime, as written. */
  createdAt?: string;
}

export type CtfRead = { ok: true; rows: SourceRow[]; source: CtfSource } | { ok: false; message: string };

/** Elements that can repeat, so one of them still reads as a list. */
const REPEATING = new Set(["Pupil", "SEN", "SENneed"]);

function newParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    removeNSPrefix: true,
    parseTagValue: false,
    // Decodes character references such as &#39; (an apostrophe in a name); named entities beyond XML's five
    // are not expected in a CTF.
    htmlEntities: true,
    isArray: (name) => REPEATING.has(name),
  });
}

export function readCtf(text: string, fileName: string): CtfRead {
  const xml = text.replace(/^\uFEFF/, "");
  if (xml.trim() === "") return fail(`${fileName} is empty, so it is not a Common Transfer File.`);
  if (!xml.trimStart().startsWith("<")) return fail(`${fileName} is not a Common Transfer File: it is not XML.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return fail(`${fileName} could not be read as XML: ${xmlProblem(valid.err)}.`);

  let document: XmlElement;
  try {
    document = newParser().parse(xml) as XmlElement;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`${fileName} could not be read as XML: ${reason.replace(/\.$/, "")}.`);
  }
  const rootName = Object.keys(document)[0];
  if (rootName === undefined) return fail(`${fileName} is not a Common Transfer File: it has no elements.`);
  if (rootName !== "CTfile") {
    return fail(`${fileName} is not a Common Transfer File: its first element is <${rootName}>, not <CTfile>.`);
  }
  const root = child(document, "CTfile");
  const rows = children(child(root, "CTFpupilData"), "Pupil").map(
    (pupil, index): SourceRow => ({ rowNumber: index + 1, label: `Pupil ${index + 1}`, cells: pupilCells(pupil) }),
  );
  return { ok: true, rows, source: sourceOf(child(root, "Header")) };
}

/** A cheap sniff: after any BOM, XML declaration, comments and DOCTYPE, the first element is `<CTfile>`. */
export function looksLikeCtf(text: string): boolean {
  const prolog = /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/;
  const rest = text.slice(prolog.exec(text)?.[0].length ?? 0);
  return /^<(?:[\w.-]+:)?CTfile[\s/>]/.test(rest);
}

function sourceOf(header: XmlElement | undefined): CtfSource {
  const school = child(header, "SourceSchool");
  const source: CtfSource = {};
  const schoolName = childText(school, "SchoolName");
  if (schoolName !== undefined) source.schoolName = schoolName;
  const lea = childText(school, "LEA");
  const estab = childText(school, "Estab");
  if (lea !== undefined && estab !== undefined) source.laEstab = `${lea}${estab}`;
  const createdAt = childText(header, "DateTime");
  if (createdAt !== undefined) source.createdAt = createdAt;
  return source;
}

/** The validator's reason with its line: "on line 4, expected closing tag 'Header' ...". */
function xmlProblem(err: { msg: string; line?: number }): string {
  const reason = err.msg.replace(/\.$/, "");
  const sentence = /^[A-Z][a-z]/.test(reason) ? reason[0]!.toLowerCase() + reason.slice(1) : reason;
  return err.line ? `on line ${err.line}, ${sentence}` : sentence;
}

function fail(message: string): CtfRead {
  return { ok: false, message };
}
