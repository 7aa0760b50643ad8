import type { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import type { Framework } from "@/commitment-framework/schema";
import { levelAndTier } from "@/commitment-framework/queries";
import type { Audit } from "@/self-audit/audit";
import { areaSections } from "@/self-audit/applicable";
import { formatPercent, ratingOf, scoreStatements } from "@/self-audit/scoring";
import { ratingLabel } from "@/self-audit/scale";
import { pdfSafe } from "./pdf-text";
import { heading, paragraph, PAGE } from "./pdf-style";
import { TABLE_STYLE, tableEnd } from "./table-style";

function evidenceCell(evidence: string, source: string): string {
  const parts = [evidence.trim(), source.trim() ? `Where: ${source.trim()}` : ""].filter(Boolean);
  return parts.length ? pdfSafe(parts.join("\n")) : "None recorded";
}

/** One table per area: each statement with its tier, rating and evidence. */
export function drawAreaTables(doc: jsPDF, framework: Framework, audit: Audit): void {
  doc.addPage();
  let y = heading(doc, "Ratings and evidence by area", PAGE.margin);
  for (const { area, statements } of areaSections(framework, audit.phase)) {
    const score = scoreStatements(statements, audit, framework.auditScale);
    y = heading(doc, pdfSafe(area.name), y + 2, 12);
    y = paragraph(doc, `Score ${formatPercent(score.percent)}: ${score.rated} of ${score.total} statements rated.`, y - 2, 9);
    autoTable(doc, {
      ...TABLE_STYLE,
      startY: y,
      head: [["ID", "Statement", "Tier", "Rating", "Evidence"]],
      body: statements.map((s) => {
        const a = audit.assessments[s.id];
        const rating = ratingOf(audit, s.id, framework.auditScale);
        return [
          s.id,
          pdfSafe(s.text),
          pdfSafe(levelAndTier(framework, s.level)),
          rating === undefined ? "Not rated" : `${rating} ${pdfSafe(ratingLabel(framework.auditScale, rating))}`,
          evidenceCell(a?.evidence ?? "", a?.evidenceSource ?? ""),
        ];
      }),
      columnStyles: { 0: { cellWidth: 20, fontSize: 7.5 }, 1: { cellWidth: 66 }, 2: { cellWidth: 20 }, 3: { cellWidth: 22 }, 4: { cellWidth: "auto" } },
    });
    y = tableEnd(doc, y) + 6;
  }
}
