import type { jsPDF } from "jspdf";
import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { ensureSpace, heading, paragraph } from "../pdf-style";
import { pdfSafe } from "../pdf-text";
import { dateOr, keyValues, orNone, type PackLayout, startSection, table } from "./pack-layout";

type PackCycle = EvidencePack["cycles"][number];

/** Every assess, plan, do, review cycle, first to latest. */
export function drawCycles(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  let y = startSection(layout, "Assess, plan, do, review cycles");
  const reviewed = pack.cycles.filter((c) => c.reviewedOn).length;
  y = paragraph(doc, `${pack.cycles.length} cycle${pack.cycles.length === 1 ? "" : "s"} of the graduated approach, ${reviewed} reviewed. Each shows what was assessed, the outcomes and provision planned, how often it was delivered, and what the review found.`, y);
  if (pack.cycles.length === 0) return;
  for (const cycle of pack.cycles) y = drawCycle(doc, cycle, y + 2);
}

function drawCycle(doc: jsPDF, c: PackCycle, y: number): number {
  let top = heading(doc, pdfSafe(`Cycle ${c.number}: ${longDate(c.openedOn)} to ${c.reviewedOn ? longDate(c.reviewedOn) : "now (open)"}`), ensureSpace(doc, y, 40), 12);
  top = keyValues(doc, top - 2, [
    ["Opened", longDate(c.openedOn)],
    ["Review", c.reviewedOn ? `Reviewed ${longDate(c.reviewedOn)}` : `Planned for ${dateOr(c.reviewDate)}`],
    ["Sessions logged", `${c.delivery.delivered} delivered, ${c.delivery.missed} missed`],
  ]);
  if (c.assessments.length) {
    top = table(doc, top, {
      head: [["Assessment", "Date", "Score", "Note"]],
      body: c.assessments.map((a) => [a.name, longDate(a.date), orNone(a.score, "No score"), a.note]),
      columnStyles: { 0: { cellWidth: 48 }, 1: { cellWidth: 32 }, 2: { cellWidth: 28 }, 3: { cellWidth: "auto" } },
    });
  }
  top = c.outcomes.length
    ? table(doc, top, {
        head: [["Outcome", "Baseline", "Target and measure", "Progress at review"]],
        body: c.outcomes.map((o) => [
          `${o.what}\n(${o.area})`,
          orNone(o.baseline, "No baseline"),
          `${orNone(o.target, "No target")}${o.howMeasured ? `\nMeasured by: ${o.howMeasured}` : ""}${o.byWhen ? `\nBy ${longDate(o.byWhen)}` : ""}`,
          o.progress ? `${o.progress}${o.evidence ? `: ${o.evidence}` : ""}` : c.reviewedOn ? "Not recorded" : "Not reviewed yet",
        ]),
        columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 34 }, 2: { cellWidth: 40 }, 3: { cellWidth: "auto" } },
      })
    : paragraph(doc, "No outcomes were planned in this cycle.", top);
  top = c.provisions.length
    ? table(doc, top, {
        head: [["Provision", "Who and how often", "A year", "Impact at review"]],
        body: c.provisions.map((p) => [
          `${p.title}\n(${p.area})`,
          `${orNone(p.who, "Not named")}\n${p.pattern}`,
          formatPounds(p.yearlyCost),
          p.impactRating || p.impact ? [p.impactRating, p.impact].filter(Boolean).join(": ") : c.reviewedOn ? "Not recorded" : "Not reviewed yet",
        ]),
        columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 48 }, 2: { cellWidth: 18, halign: "right" }, 3: { cellWidth: "auto" } },
      })
    : paragraph(doc, "No provision was planned in this cycle.", top);
  if (c.reviewedOn) {
    top = keyValues(doc, top, [["Decision", `${c.decision ?? "Not recorded"}${c.decisionNote ? `. ${c.decisionNote}` : ""}`]]);
  }
  return top;
}
