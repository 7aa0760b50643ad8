import { proseBlocks, type Block, type BlockDocument } from "@/document-blocks/blocks";
import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { FUNDING_SOURCE_LABELS } from "@/provision-map/intervention";
import { budgetBySource, budgetTotal } from "./budget";
import { annualReviewLine, CHECKS_BEFORE_PUBLISHING, STRATEGY_HEADINGS as H } from "./sections";
import type { InclusionStrategy } from "./strategy-schema";
import { SMALL_GROUP } from "./who-for";

/** The strategy as a document for Word and PDF: the cover note first, then every section in order. */
export function strategyDocument(strategy: InclusionStrategy): BlockDocument {
  const t = strategy.text;
  const blocks: Block[] = [
    { kind: "title", text: `Inclusion strategy: ${strategy.settingName}` },
    { kind: "note", text: `Draft. ${H.checks}: see the list below, then delete this note and the list before you publish.` },
    { kind: "heading", text: H.checks },
    { kind: "bullets", items: [...CHECKS_BEFORE_PUBLISHING] },
    { kind: "page-break" },
    { kind: "heading", text: H.cover },
    {
      kind: "table",
      head: ["", ""],
      rows: [
        ["Setting", strategy.settingName],
        ["Period", `${longDate(strategy.periodFrom)} to ${longDate(strategy.periodTo)}`],
        ["Written", longDate(strategy.writtenOn)],
        ["Next review", longDate(strategy.reviewOn)],
        ["Inclusive Mainstream Fund allocation", strategy.imfAllocation === undefined ? "Enter your allocation" : formatPounds(strategy.imfAllocation)],
      ],
    },
    { kind: "paragraph", text: annualReviewLine(strategy.reviewOn, longDate) },
    { kind: "heading", text: H.context },
    ...proseBlocks(t.context),
    { kind: "heading", text: H.strengths },
    ...proseBlocks(t.strengths),
    { kind: "heading", text: H.barriers },
    ...proseBlocks(t.barriers),
    { kind: "heading", text: H.activities },
    ...activityBlocks(strategy),
    { kind: "heading", text: H.budget },
    ...budgetBlocks(strategy),
    { kind: "heading", text: H.intendedImpact },
    ...proseBlocks(t.intendedImpact),
    { kind: "heading", text: H.monitoring },
    ...proseBlocks(t.monitoring),
    { kind: "heading", text: H.governance },
    ...proseBlocks(t.governance),
  ];
  return { title: `Inclusion strategy: ${strategy.settingName}`, footer: `Inclusion strategy: ${strategy.settingName} (draft)`, blocks };
}

function activityBlocks(strategy: InclusionStrategy): Block[] {
  if (strategy.activities.length === 0) return [{ kind: "paragraph", text: "No activity recorded yet. Add the interventions and support you fund." }];
  return [
    {
      kind: "table",
      head: ["Activity", "Who it is for", "Barrier it removes", "Intended impact", "Funding", "Budgeted cost"],
      rows: strategy.activities.map((a) => [
        a.name,
        [a.forWhom, a.pupilCount >= SMALL_GROUP ? `about ${a.pupilCount} pupils` : ""].filter(Boolean).join("; "),
        a.barrier,
        a.intendedImpact,
        FUNDING_SOURCE_LABELS[a.fundingSource],
        formatPounds(a.budgetedCost),
      ]),
    },
  ];
}

function budgetBlocks(strategy: InclusionStrategy): Block[] {
  const lines = budgetBySource(strategy.activities);
  const rows = lines.map((l) => [l.label, String(l.activities), formatPounds(l.total)]);
  rows.push(["Total", String(strategy.activities.length), formatPounds(budgetTotal(strategy.activities))]);
  const blocks: Block[] = [{ kind: "table", head: ["Funding source", "Activities", "Budgeted cost"], rows }];
  const imf = lines.find((l) => l.source === "inclusive-mainstream-fund")?.total ?? 0;
  if (strategy.imfAllocation !== undefined) {
    const left = Math.round((strategy.imfAllocation - imf) * 100) / 100;
    blocks.push({
      kind: "paragraph",
      text: left >= 0
        ? `Of our Inclusive Mainstream Fund allocation of ${formatPounds(strategy.imfAllocation)}, ${formatPounds(imf)} is budgeted above, leaving ${formatPounds(left)} to plan.`
        : `The activities budgeted to the Inclusive Mainstream Fund (${formatPounds(imf)}) are ${formatPounds(-left)} more than the allocation of ${formatPounds(strategy.imfAllocation)}.`,
    });
  }
  blocks.push({ kind: "paragraph", text: "Costs are budgeted for the period of this strategy: the adult time each activity plans, at the hourly rates we pay." });
  return blocks;
}
