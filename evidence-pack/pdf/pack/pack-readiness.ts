import { longDate } from "@/graduated-approach/long-date";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { COLOURS, heading, paragraph } from "../pdf-style";
import { keyValues, type PackLayout, startSection, table } from "./pack-layout";

/** What the local authority usually asks for, present or missing: it informs and never blocks. */
export function drawReadiness(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const items = pack.readiness.items;
  let y = startSection(layout, "Readiness checklist");
  y = paragraph(doc, `${items.filter((i) => i.present).length} of ${items.length} usually requested kinds of evidence are in this pack. ${pack.readiness.note}`, y);
  y = paragraph(doc, pack.legalTest, y, 9.5, COLOURS.muted);
  table(doc, y, {
    head: [["Status", "Evidence", "What the record shows"]],
    body: items.map((i) => [i.present ? "Present" : "Missing", i.label, i.detail]),
    columnStyles: { 0: { cellWidth: 18, fontStyle: "bold" }, 1: { cellWidth: 62 } },
    didParseCell: (data) => {
      if (data.section === "body" && data.column.index === 0) {
        data.cell.styles.textColor = data.cell.raw === "Present" ? [0, 112, 60] : [170, 40, 20];
      }
    },
  });
}

/** The statutory clock from the day the request is sent. */
export function drawTimeline(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const t = pack.timeline;
  let y = startSection(layout, "Statutory timeline");
  y = keyValues(doc, y, [
    ["Request sent", longDate(t.submissionDate)],
    ["Decision on assessing due by", `${longDate(t.decisionBy)} (6 weeks)`],
    ["Final EHC plan due by", `${longDate(t.finalPlanBy)} (20 weeks)`],
  ]);
  y = paragraph(doc, t.note, y);
  y = heading(doc, "About this pack", y + 2, 12);
  paragraph(doc, "Made with SEND Companion from the setting's own records, which are kept on the setting's computer. The JSON file saved beside this PDF holds the same content for the local authority's systems.", y);
}
