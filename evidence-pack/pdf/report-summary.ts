import type { jsPDF } from "jspdf";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { compareAudits } from "@/self-audit/compare";
import { longDate } from "@/graduated-approach/long-date";
import { formatPercent, overallScore, ratingShares, scoreByArea, scoreByTier, type GroupScore } from "@/self-audit/scoring";
import { strengthsAndGaps, type RatedStatement } from "@/self-audit/strengths-gaps";
import { ratingLabel } from "@/self-audit/scale";
import { drawBarChart, type Bar } from "./bar-chart";
import { pdfSafe } from "./pdf-text";
import { heading, paragraph, PAGE } from "./pdf-style";

const bars = (scores: GroupScore[]): Bar[] =>
  scores.map((s) => ({ label: pdfSafe(s.name), percent: s.percent, note: `${s.rated} of ${s.total} rated` }));

const shareBars = (framework: Framework, audit: Audit): Bar[] =>
  ratingShares(framework, audit)
    .filter((s) => s.value !== null || s.count > 0)
    .map((s) => ({ label: pdfSafe(s.value === null ? s.label : `${s.value} ${s.label}`), percent: s.share * 100, note: `${s.count} statements` }));

/** Summary, charts per area and tier, change since the last audit, strengths and gaps. Returns the y below. */
export function drawSummary(doc: jsPDF, framework: Framework, audit: Audit, previous: Audit | undefined): number {
  doc.addPage();
  let y = heading(doc, "Summary", PAGE.margin);
  const score = overallScore(framework, audit);
  const areas = scoreByArea(framework, audit);
  const ranked = areas.filter((a) => a.percent !== null).sort((a, b) => b.percent! - a.percent!);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const sentences = [
    `${audit.settingName} rated ${score.rated} of the ${score.total} statements that apply to its phase. The overall score is ${formatPercent(score.percent)}.`,
    best && worst && best !== worst
      ? `The strongest area is ${best.name} (${formatPercent(best.percent)}); the area most in need of development is ${worst.name} (${formatPercent(worst.percent)}).`
      : "",
  ];
  y = paragraph(doc, pdfSafe(sentences.filter(Boolean).join(" ")), y);
  y = heading(doc, "Statements at each rating", y + 2, 13);
  y = drawBarChart(doc, shareBars(framework, audit), y);
  if (previous) y = drawChange(doc, framework, audit, previous, y);

  y = heading(doc, "Score by area", y + 2, 13);
  y = drawBarChart(doc, bars(areas), y);
  y = heading(doc, "Score by tier", y + 2, 13);
  y = drawBarChart(doc, bars(scoreByTier(framework, audit)), y);

  const { strengths, gaps } = strengthsAndGaps(framework, audit);
  y = heading(doc, "Strengths", y + 2, 13);
  y = list(doc, framework, strengths, y, "No statement is rated above the bottom of the scale yet.");
  y = heading(doc, "Gaps to work on", y + 2, 13);
  return list(doc, framework, gaps, y, "No statement is rated below the top of the scale.");
}

function drawChange(doc: jsPDF, framework: Framework, audit: Audit, previous: Audit, y: number): number {
  const c = compareAudits(framework, audit, previous);
  let top = heading(doc, `Change since the audit of ${longDate(c.previousDate)}`, y + 2, 13);
  top = paragraph(
    doc,
    `${c.up.length} statements moved up, ${c.down.length} moved down, ${c.unchanged.length} stayed the same and ${c.new.length} were not rated last time.`,
    top,
  );
  const moved = c.areas
    .filter((a) => a.before !== null && a.after !== null && Math.round(a.before) !== Math.round(a.after))
    .map((a) => `${a.name} ${formatPercent(a.before)} to ${formatPercent(a.after)}`);
  return moved.length ? paragraph(doc, pdfSafe(`Areas that changed: ${moved.join("; ")}.`), top) : top;
}

function list(doc: jsPDF, framework: Framework, items: RatedStatement[], y: number, empty: string): number {
  if (items.length === 0) return paragraph(doc, empty, y);
  const shown = items.slice(0, 8);
  let top = y;
  for (const { statement, rating } of shown) {
    top = paragraph(doc, pdfSafe(`- ${statement.text} (${statement.id}, ${ratingLabel(framework.auditScale, rating)})`), top, 9.5);
  }
  if (items.length > shown.length) top = paragraph(doc, `And ${items.length - shown.length} more, listed in the area tables.`, top, 9);
  return top;
}
