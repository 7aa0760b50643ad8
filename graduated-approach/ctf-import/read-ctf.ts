import { XMLParser, XMLValidator } from "fast-xml-parser";
import { pupilCells } from "./ctf-pupil";
import { ctfSource, destination, type CtfSource } from "./ctf-header";
import type { SourceRow } from "./source-row";
import { child, children, type XmlElement } from "./xml-node";

/**
 * Reads a DfE Common Transfer File (CTF), the XML a school's MIS exports when a pupil moves school. Element
 * names and nesting follow the CTF specification's sections "Header" and "Pupil" (checked against open-source
 * CTF readers and writers, including the DfE's own Multiplication Tables Check export):
 *
 *   CTfile > Header > DateTime, SourceSchool > LEA, Estab, SchoolName; DestSchool > LEA, Estab, SchoolName
 *   CTfile > CTFpupilData > Pupil (repeats)            see ctf-pupil.ts and ctf-sen.ts
 *
 * Values are passed on as text; the shared import row reader checks them, so a CTF and a CSV report a bad
 * UPN or an unknown code in the same words.
 */

export type { SourceCells, SourceRow } from "./source-row";
export type { CtfSource } from "./ctf-header";

export type CtfRead =
  | { ok: true; rows: SourceRow[]; source: CtfSource; notices: string[]; information: string[] }
  | { ok: false; message: string };

export interface CtfReadOptions {
  /** The name of the setting importing the file, to say when the CTF was made for another school. */
  settingName?: string;
}

/** Elements that can repeat, so one of them still reads as a list. */
const REPEATING = new Set(["Pupil", "SEN", "SENneed"]);

function newParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    removeNSPrefix: true,
    parseTagValue: false,
    // Decodes character references such as &#39; (an apostrophe in a name). Declared entities never get
    // this far: a file with a DOCTYPE is refused first.
    htmlEntities: true,
    processEntities: true,
    isArray: (name) => REPEATING.has(name),
  });
}

export function readCtf(text: string, fileName: string, options: CtfReadOptions = {}): CtfRead {
  // A blank line or spaces before the declaration are left out, as an MIS or an email may add them.
  const xml = text.replace(/^\uFEFF/, "").trimStart();
  if (xml === "") return fail(`${fileName} is empty, so it is not a Common Transfer File.`);
  if (!xml.startsWith("<")) return fail(`${fileName} is not a Common Transfer File: it is not XML.`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return fail(
      `${fileName} declares its own document type or entities (<!DOCTYPE> or <!ENTITY>), which a Common Transfer ` +
        "File never does, so it is not read, to be safe. Export the CTF from your MIS again.",
    );
  }
  if (/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?CTfile[\s>]/.test(xml) && !/<\/(?:[\w.-]+:)?CTfile>\s*$/.test(xml)) {
    return fail(
      `${fileName} looks cut short: it stops before the end of the Common Transfer File. Export it from your MIS or ` +
        "download it again, and choose the complete file.",
    );
  }
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
  const rows = children(child(root, "CTFpupilData"), "Pupil").map((pupil, index): SourceRow => {
    const label = `Pupil ${index + 1}`;
    const { cells, warnings } = pupilCells(pupil, label);
    return { rowNumber: index + 1, label, cells, ...(warnings.length > 0 ? { warnings } : {}) };
  });
  const header = child(root, "Header");
  return { ok: true, rows, source: ctfSource(header), ...destination(header, options.settingName) };
}

/** A cheap sniff: after any BOM, XML declaration, comments and DOCTYPE, the first element is `<CTfile>`. */
export function looksLikeCtf(text: string): boolean {
  const prolog = /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/;
  const rest = text.slice(prolog.exec(text)?.[0].length ?? 0);
  return /^<(?:[\w.-]+:)?CTfile[\s/>]/.test(rest);
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
