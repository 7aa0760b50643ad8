import type { SourceRow } from "./source-rows";

/**
 * The records of a JSON file, flat or nested. A record is any object holding the text key (with no text key
 * yet, any object with nothing nested in it); the names of the
 * objects above it (by `nodeName`) make its area path, and plain values set on them (a level, a phase) are
 * inherited by the records below unless a record sets its own (never `ownOnly` keys such as the id).
 */
export function jsonRows(data: unknown, textKey: string | undefined, nodeName = "name", file?: string, ownOnly: readonly string[] = ["id"]): SourceRow[] {
  const rows: SourceRow[] = [];
  const visit = (node: unknown, path: string[], inherited: Record<string, string>) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, path, inherited);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const own: Record<string, string> = {};
    const children: unknown[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") own[key] = String(value);
      else if (Array.isArray(value) && value.every((v) => typeof v === "string")) own[key] = value.join("; ");
      else children.push(value);
    }
    const isRecord = textKey === undefined ? children.length === 0 && Object.keys(own).length > 0 : textKey in own;
    if (isRecord) {
      rows.push({ place: `${file ? `${file} ` : ""}item ${rows.length + 1}`, values: { ...inherited, ...own }, path });
      return;
    }
    const name = own[nodeName];
    const pass = Object.fromEntries(Object.entries(own).filter(([key]) => key !== nodeName && !ownOnly.includes(key)));
    for (const child of children) visit(child, name ? [...path, name] : path, { ...inherited, ...pass });
  };
  visit(data, [], {});
  return rows;
}
