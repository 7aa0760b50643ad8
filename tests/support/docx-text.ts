import { strFromU8, unzipSync } from "fflate";

/** The text of a .docx file's main part (word/document.xml): the runs' text, one paragraph a line. */
export function docxText(bytes: Uint8Array): string {
  const xml = docxDocumentXml(bytes);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join(""))
    .filter(Boolean)
    .join("\n");
}

/** word/document.xml of a .docx file, as text. */
export function docxDocumentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const part = files["word/document.xml"];
  if (!part) throw new Error("The file has no word/document.xml: it is not a Word document.");
  return strFromU8(part);
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
