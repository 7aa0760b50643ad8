import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Block, BlockDocument } from "./blocks";

/**
 * The document as an editable Word file (.docx bytes), with real Word headings (Heading 1, 2), bullet
 * lists and tables, so a school can restyle and rewrite it. Written with the `docx` library.
 */
export async function blocksDocx(document: BlockDocument, options: { created?: Date } = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: "SEND Companion",
    title: document.title,
    description: document.footer,
    ...(options.created ? { created: options.created, modified: options.created } : {}),
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    numbering: { config: [] },
    sections: [{ children: document.blocks.flatMap(toDocx) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case "heading":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case "subheading":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
    case "bullets":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "note":
      return [
        new Paragraph({
          children: [new TextRun(block.text)],
          shading: { type: ShadingType.CLEAR, fill: "F3F2F1", color: "auto" },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: "1D4E89", space: 6 } },
          spacing: { before: 120, after: 120 },
        }),
      ];
    case "table":
      return [table(block.head, block.rows), new Paragraph({ text: "" })];
    case "page-break":
      return [new Paragraph({ pageBreakBefore: true, text: "" })];
  }
}

function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
  });
}
