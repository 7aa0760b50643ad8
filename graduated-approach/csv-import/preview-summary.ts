import { IMPORT_FIELD_LABELS } from "./headers";
import type { ImportPreview } from "./preview";

const n = (count: number) => count.toLocaleString("en-GB");
const plural = (count: number, noun: string) => `${n(count)} ${noun}${count === 1 ? "" : "s"}`;

/** What one entry of the file is called: a row of a CSV, a pupil of a Common Transfer File. */
export function entryNoun(preview: Pick<ImportPreview, "format">): string {
  return preview.format === "ctf" ? "pupil" : "row";
}

/** "5 rows; 3 to add, 1 to update, 1 to skip; 2 rows with warnings to read." — the workspace and the dry run say this alike. */
export function previewHeadline(preview: ImportPreview): string {
  const { counts } = preview;
  const noun = entryNoun(preview);
  const warned = preview.rowsWithWarnings > 0 ? `; ${plural(preview.rowsWithWarnings, noun)} with warnings to read` : "";
  return `${plural(counts.rows, noun)}; ${n(counts.add)} to add, ${n(counts.update)} to update, ${n(counts.skip)} to skip${warned}.`;
}

/** The whole preview as plain text, section by section, in the order the workspace shows it. */
export function previewText(preview: ImportPreview, from: string): string {
  const lines = [`${from}: ${previewHeadline(preview)}`];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push("", title, ...items.map((item) => `  - ${item}`));
  };
  section("Check the file before importing:", preview.notices);
  section("How the file was read:", preview.information);
  if (preview.format === "csv") {
    const used = Object.entries(preview.columns).map(
      ([field, index]) => `“${preview.headers[index!]}” → ${IMPORT_FIELD_LABELS[field as keyof typeof IMPORT_FIELD_LABELS]}`,
    );
    section("Columns imported:", used);
    section("Columns not imported:", preview.unrecognisedHeaders.map((h) => `“${h}”`));
  }
  section(
    "Values written differently in the file (the file said → will store):",
    preview.translations.map((t) => `${IMPORT_FIELD_LABELS[t.field]}: “${t.said}” → ${t.stored} (${plural(t.rows, entryNoun(preview))})`),
  );
  section("Skipped, with the reasons:", preview.rows.flatMap((r) => r.errors));
  section("Warnings (imported all the same):", preview.rows.flatMap((r) => r.warnings));
  return lines.join("\n");
}

/** The preview as JSON for scripts: counts, messages and translations, without the pupils' own details. */
export function previewJson(preview: ImportPreview, from: string) {
  return {
    file: from,
    format: preview.format,
    counts: preview.counts,
    rowsWithWarnings: preview.rowsWithWarnings,
    notices: preview.notices,
    information: preview.information,
    columns: Object.fromEntries(Object.entries(preview.columns).map(([field, index]) => [field, preview.headers[index!]])),
    columnsNotImported: preview.unrecognisedHeaders,
    translations: preview.translations,
    rows: preview.rows.map((r) => ({
      label: r.label,
      action: r.action,
      ...(r.errors.length > 0 ? { errors: r.errors } : {}),
      ...(r.warnings.length > 0 ? { warnings: r.warnings } : {}),
    })),
  };
}
