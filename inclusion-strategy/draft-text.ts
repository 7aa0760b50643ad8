import type { Framework } from "@/commitment-framework/schema";
import type { Pupil } from "@/graduated-approach/pupil";
import { SEN_NEED_CODES } from "@/graduated-approach/census-codes";
import { BROAD_AREA_LABELS } from "@/commitment-framework/broad-area";
import type { StrengthsAndGaps } from "@/self-audit/strengths-gaps";
import type { Audit } from "@/self-audit/audit";
import { longDate } from "@/graduated-approach/long-date";
import { budgetBySource, budgetTotal } from "./budget";
import { formatPounds } from "@/graduated-approach/setting-costs";
import type { StrategyActivity, StrategyText } from "./strategy-schema";

const MOST_LISTED = 6;

interface DraftTextInput {
  settingName: string;
  framework: Framework;
  audit?: Audit;
  gaps?: StrengthsAndGaps;
  pupils: readonly Pupil[];
  activities: readonly StrategyActivity[];
  reviewLine: string;
}

/** The first wording of each prose section: facts from the records, for the school to rewrite in its own voice. */
export function draftText(input: DraftTextInput): StrategyText {
  return {
    context: contextText(input),
    strengths: strengthsText(input),
    barriers: barriersText(input),
    intendedImpact: impactText(input.activities),
    monitoring: [
      "We check each intervention's attendance and its entry and exit measures every term, and each pupil's plan at its review (at least three times a year with parents).",
      "Leaders compare progress with cost across interventions, and the self-audit is repeated each year to see whether the gaps above have closed.",
    ].join("\n"),
    governance: [
      `Governors receive a report on this strategy each term. ${input.reviewLine}`,
      `${input.settingName} publishes this strategy on its website.`,
    ].join("\n"),
  };
}

function contextText({ settingName, pupils }: DraftTextInput): string {
  const current = pupils.filter((p) => !p.archivedOn);
  const support = current.filter((p) => p.senStatus.code === "K").length;
  const plans = current.filter((p) => p.senStatus.code === "E").length;
  const areas = new Map<string, number>();
  for (const pupil of current) {
    const primary = pupil.needs.find((n) => n.rank === 1);
    const area = primary ? SEN_NEED_CODES[primary.code].area : null;
    if (area) areas.set(area, (areas.get(area) ?? 0) + 1);
  }
  const common = [...areas].sort((a, b) => b[1] - a[1]).map(([area]) => BROAD_AREA_LABELS[area as keyof typeof BROAD_AREA_LABELS].toLowerCase());
  const lines = [
    `${settingName} has ${support} pupils at SEN support and ${plans} with an education, health and care (EHC) plan on its register.`,
  ];
  if (common.length > 0) lines.push(`The needs we see most often are in ${joinWords(common.slice(0, 3))}.`);
  lines.push("Describe here the barriers to learning and participation that are common and predictable in your cohort, beyond SEND too.");
  return lines.join("\n");
}

function strengthsText({ framework, audit, gaps }: DraftTextInput): string {
  if (!audit || !gaps) return "Complete a setting self-audit in SEND Companion to list your strengths here.";
  if (gaps.strengths.length === 0) return `No statement was rated highly in the self-audit of ${longDate(audit.completedOn ?? audit.startedOn)}.`;
  const top = gaps.strengths.slice(0, MOST_LISTED).map((r) => `- ${r.statement.text}`);
  const more = gaps.strengths.length > MOST_LISTED ? [`and ${gaps.strengths.length - MOST_LISTED} more.`] : [];
  return [`Our self-audit against ${framework.name} (${longDate(audit.completedOn ?? audit.startedOn)}) found these strengths:`, ...top, ...more].join("\n");
}

function barriersText({ audit, gaps }: DraftTextInput): string {
  if (!audit || !gaps) return "Complete a setting self-audit in SEND Companion to list the gaps you will close here.";
  if (gaps.gaps.length === 0) return "The self-audit found no statement rated at the bottom of the scale.";
  const listed = gaps.gaps.slice(0, MOST_LISTED).map((r) => `- ${r.statement.text}${actionOf(audit, r.statement.id)}`);
  const more = gaps.gaps.length > MOST_LISTED ? [`and ${gaps.gaps.length - MOST_LISTED} more.`] : [];
  return ["The self-audit found these gaps in what we ordinarily provide. We will close them:", ...listed, ...more].join("\n");
}

function actionOf(audit: Audit, statementId: string): string {
  const action = audit.assessments[statementId]?.action.trim();
  return action ? ` Action: ${action}` : "";
}

function impactText(activities: readonly StrategyActivity[]): string {
  const lines = budgetBySource(activities)
    .filter((line) => line.activities > 0)
    .map((line) => `${line.label}: ${formatPounds(line.total)} across ${line.activities} ${line.activities === 1 ? "activity" : "activities"}.`);
  return [
    `We plan to invest ${formatPounds(budgetTotal(activities))} in the activities above.`,
    ...lines,
    "By the review date we expect more pupils to make the progress their plans set out, fewer barriers in the self-audit, and pupils with SEND to take part fully in school life. Say here how you will know.",
  ].join("\n");
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
