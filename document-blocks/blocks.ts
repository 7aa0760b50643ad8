/**
 * A document as a list of simple blocks, so one model prints the same way to PDF (jsPDF) and to an editable
 * Word file (docx): the inclusion strategy, individual support plans and the golden-thread page.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][] }
  /** A boxed note, e.g. what the school must still check, or that a format is not yet national. */
  | { kind: "note"; text: string }
  | { kind: "page-break" };

export interface BlockDocument {
  title: string;
  /** Printed at the foot of every PDF page. */
  footer: string;
  blocks: Block[];
}

/** Prose with "- " lines becomes paragraphs and bullet lists, in order. */
export function proseBlocks(text: string, empty = "Not written yet."): Block[] {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return [{ kind: "paragraph", text: empty }];
  const blocks: Block[] = [];
  for (const line of lines) {
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (bullet && last?.kind === "bullets") last.items.push(bullet[1]!);
    else if (bullet) blocks.push({ kind: "bullets", items: [bullet[1]!] });
    else blocks.push({ kind: "paragraph", text: line });
  }
  return blocks;
}

/** Every heading of a document, in order (for contents and tests). */
export function headingsOf(doc: BlockDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
}
