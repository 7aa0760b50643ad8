import type { jsPDF } from "jspdf";
import { drawLabelRows } from "./label-rows";
import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { Audit } from "@/self-audit/audit";
import { auditDate } from "@/self-audit/audit-edit";
import { longDate } from "@/graduated-approach/long-date";
import { formatPercent, overallScore } from "@/self-audit/scoring";
import { pdfSafe } from "./pdf-text";
import { COLOURS, CONTENT_WIDTH, PAGE, setText } from "./pdf-style";

/** The first page: what the report is, for which setting, phase and date, and the headline score. */
export function drawCover(doc: jsPDF, framework: Framework, audit: Audit): void {
  doc.setFillColor(...COLOURS.brand);
  doc.rect(0, 0, PAGE.width, 70, "F");
  setText(doc, 12, "normal", COLOURS.white);
  doc.text("SEND Companion", PAGE.margin, 24);
  setText(doc, 26, "bold", COLOURS.white);
  doc.text("Setting self-audit report", PAGE.margin, 40);
  setText(doc, 12, "normal", COLOURS.white);
  doc.text(pdfSafe(`Special educational needs and disabilities (SEND): ${framework.name}`), PAGE.margin, 52, { maxWidth: CONTENT_WIDTH });

  setText(doc, 20, "bold");
  const name = doc.splitTextToSize(pdfSafe(audit.settingName), CONTENT_WIDTH) as string[];
  doc.text(name, PAGE.margin, 92);
  let y = 92 + name.length * 9 + 4;
  const rows: [string, string][] = [
    ["Audit date", `${longDate(auditDate(audit))}${audit.completedOn ? "" : " (in progress)"}`],
    ["Phase", PHASE_LABELS[audit.phase]],
    ["Framework", `${framework.name}, version ${framework.version}`],
    ["Local authority", framework.localAuthority],
    ["Rating scale", framework.auditScale.levels.map((l) => `${l.value} ${l.label}`).join(", ")],
  ];
  y = drawLabelRows(doc, rows, y, 3);

  const score = overallScore(framework, audit);
  y += 8;
  doc.setDrawColor(...COLOURS.brand);
  doc.setLineWidth(0.8);
  doc.rect(PAGE.margin, y, CONTENT_WIDTH, 30, "S");
  setText(doc, 11, "normal", COLOURS.muted);
  doc.text("Overall score", PAGE.margin + 6, y + 9);
  setText(doc, 24, "bold", COLOURS.brand);
  doc.text(formatPercent(score.percent), PAGE.margin + 6, y + 22);
  setText(doc, 11);
  doc.text(
    doc.splitTextToSize(
      `${score.rated} of ${score.total} statements rated. The score is the mean rating as a share of the top of the scale.`,
      CONTENT_WIDTH - 60,
    ) as string[],
    PAGE.margin + 52,
    y + 12,
  );
}
