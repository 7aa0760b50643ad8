import type { jsPDF } from "jspdf";
import { drawLabelRows } from "../label-rows";
import { longDate } from "@/graduated-approach/long-date";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { pdfSafe } from "../pdf-text";
import { COLOURS, CONTENT_WIDTH, PAGE, setText } from "../pdf-style";

/** The first page: what the pack is, for whom, from which setting, and the legal test in one paragraph. */
export function drawPackCover(doc: jsPDF, pack: EvidencePack): void {
  doc.setFillColor(...COLOURS.brand);
  doc.rect(0, 14, PAGE.width, 62, "F");
  setText(doc, 12, "normal", COLOURS.white);
  doc.text("SEND Companion", PAGE.margin, 30);
  setText(doc, 24, "bold", COLOURS.white);
  doc.text(doc.splitTextToSize(pdfSafe(pack.cover.title), CONTENT_WIDTH) as string[], PAGE.margin, 44);
  setText(doc, 11, "normal", COLOURS.white);
  doc.text("Education, health and care (EHC) needs assessment: evidence from the setting", PAGE.margin, 68);

  setText(doc, 22, "bold");
  doc.text(pdfSafe(pack.cover.pupilName), PAGE.margin, 96);
  let y = 108;
  const rows: [string, string][] = [
    ["Setting", pack.cover.settingName],
    ["Request date", longDate(pack.cover.submissionDate)],
    ["Year group", `${pack.pupil.yearGroup} (age ${pack.pupil.ageYears ?? pack.pupil.ageBand ?? ""})`],
    ["SEN status", pack.pupil.senStatus],
    ["Local authority", pack.cover.localAuthority],
    ["Framework", pack.cover.framework],
    ["Version", pack.pseudonymised ? "Pseudonymised: initials only; no UPN, date of birth, adult's name or setting name; dates to the month" : "Full: for the local authority"],
  ];
  y = drawLabelRows(doc, rows, y, 2.5);
  y += 8;
  setText(doc, 10);
  const legal = doc.splitTextToSize(pdfSafe(`${pack.legalTest} ${pack.readiness.note}`), CONTENT_WIDTH - 6) as string[];
  doc.setFillColor(...COLOURS.panel);
  doc.rect(PAGE.margin, y, CONTENT_WIDTH, legal.length * 4.6 + 14, "F");
  doc.setFillColor(...COLOURS.brand);
  doc.rect(PAGE.margin, y, 1.2, legal.length * 4.6 + 14, "F");
  setText(doc, 11, "bold", COLOURS.brand);
  doc.text("The legal test, and what this pack is for", PAGE.margin + 5, y + 7);
  setText(doc, 10);
  doc.text(legal, PAGE.margin + 5, y + 13, { lineHeightFactor: 1.3 });
}
