const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/\u2265/g, ">="],
  [/\u2264/g, "<="],
  [/[\u2022\u25CF\u25E6]/g, "-"],
  [/\u2192/g, "->"],
  [/[\u00A0\u2007\u202F\u2009]/g, " "],
  [/\u2713/g, "Yes"],
];

/**
 * Text the PDF's built-in Helvetica can draw: typographic quotes, dashes and symbols become plain ones, and
 * anything else outside Latin-1 becomes "?", so nothing is silently dropped or garbled.
 */
export function pdfSafe(text: string): string {
  let out = text.normalize("NFC");
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out.replace(/[^\n\x20-\x7E\xA1-\xFF]/g, "?");
}
