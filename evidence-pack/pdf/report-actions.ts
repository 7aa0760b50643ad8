import type { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { actionPlan } from "@/self-audit/action-plan";
import { longDate } from "@/graduated-approach/long-date";
import { pdfSafe } from "./pdf-text";
import { heading, paragraph, PAGE } from "./pdf-style";
import { TABLE_STYLE } from "./table-style";

/** The action plan, soonest due first, then by priority. */
export function drawActionPlan(doc: jsPDF, framework: Framework, audit: Audit): void {
  doc.addPage();
  let y = heading(doc, "Action plan", PAGE.margin);
  const plan = actionPlan(framework, audit);
  y = paragraph(
    doc,
    plan.length
      ? "Actions are listed by due date, then by priority: the lower a statement's rating, the higher the priority."
      : "No actions were recorded in this audit.",
    y,
  );
  if (plan.length === 0) return;
  autoTable(doc, {
    ...TABLE_STYLE,
    startY: y,
    head: [["Due", "Priority", "Statement", "Action", "Owner"]],
    body: plan.map((item) => [
      item.due ? longDate(item.due) : "No date set",
      item.priority,
      pdfSafe(`${item.statement.id}: ${item.statement.text}`),
      pdfSafe(item.action),
      pdfSafe(item.owner || "Not named"),
    ]),
    columnStyles: { 0: { cellWidth: 24 }, 1: { cellWidth: 16 }, 2: { cellWidth: 62 }, 3: { cellWidth: "auto" }, 4: { cellWidth: 24 } },
  });
}
