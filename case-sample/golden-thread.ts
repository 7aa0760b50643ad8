import type { Block, BlockDocument } from "@/document-blocks/blocks";
import { ADVICE_SOURCE_LABELS, DECISION_LABELS, IMPACT_LABELS } from "@/graduated-approach/cycle-labels";
import { SEN_NEED_CODES, SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { currentYearGroup } from "@/graduated-approach/current-year-group";
import type { Cycle } from "@/graduated-approach/cycle";
import { longDate } from "@/graduated-approach/long-date";
import { meetingsOf } from "@/graduated-approach/parent-meetings";
import type { Pupil } from "@/graduated-approach/pupil";
import { sortCycles } from "@/graduated-approach/cycle";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import { initialsOf, nameRedactor } from "@/evidence-pack/pseudonymise";

/** The golden thread's headings, in order (tests check each one is printed). */
export const GOLDEN_THREAD_HEADINGS = {
  identified: "Need identified: when and how",
  cycles: "Plans and reviews over time",
  provision: "Provision and its impact",
  advice: "Specialist advice and what was done",
  voice: "Parent and pupil voice",
} as const;

const MOST_CYCLES = 6;
const SHORT = 120;

export interface GoldenThreadInput {
  pupil: Pupil;
  cycles: readonly Cycle[];
  today: string;
  /** Initials and year group only, no adviser names: the default for a sample shown to visitors. */
  deidentify: boolean;
}

/** One page that follows a pupil from the need being noticed through every plan and review since. */
export function goldenThread({ pupil, cycles, today, deidentify }: GoldenThreadInput): BlockDocument {
  const redact = deidentify ? nameRedactor(pupil) : (t: string) => t;
  const cut = (text: string) => {
    const t = redact(text.trim().replace(/\s+/g, " "));
    return t.length > SHORT ? `${t.slice(0, SHORT - 1).trimEnd()}…` : t;
  };
  const who = deidentify ? `${initialsOf(pupil)}, ${yearGroupLabel(currentYearGroup(pupil, today))}` : `${pupil.firstName} ${pupil.lastName}`;
  const sorted = sortCycles(cycles);
  const shown = sorted.slice(-MOST_CYCLES);
  const H = GOLDEN_THREAD_HEADINGS;
  const blocks: Block[] = [
    { kind: "title", text: `Golden thread: ${who}` },
    { kind: "paragraph", text: `${SEN_STATUS_LABELS[pupil.senStatus.code]}; ${pupil.needs.map((n) => SEN_NEED_CODES[n.code].label).join(", ") || "no census need recorded"}. A summary of records the school keeps, made ${longDate(today)}${deidentify ? "; de-identified" : ""}.` },
    { kind: "heading", text: H.identified },
    { kind: "paragraph", text: identified(pupil, sorted) },
    { kind: "heading", text: H.cycles },
    sorted.length
      ? {
          kind: "table",
          head: ["Cycle", "Opened", "Outcomes", "Reviewed", "Met or exceeded", "Decision"],
          rows: shown.map((c) => {
            const r = c.stages.review;
            const met = r.outcomeProgress.filter((p) => p.progress === "expected" || p.progress === "exceeded").length;
            return [String(c.number), longDate(c.openedOn), String(c.stages.plan.outcomes.length), r.reviewedOn ? longDate(r.reviewedOn) : "Open", r.reviewedOn ? `${met} of ${c.stages.plan.outcomes.length}` : "", r.decision ? DECISION_LABELS[r.decision] : ""];
          }),
        }
      : { kind: "paragraph", text: "No assess, plan, do, review cycle recorded yet." },
    { kind: "heading", text: H.provision },
    ...provisionBlocks(shown, cut),
    { kind: "heading", text: H.advice },
    ...adviceBlocks(shown, cut, deidentify),
    { kind: "heading", text: H.voice },
    ...voiceBlocks(pupil, shown, cut, today),
  ];
  if (sorted.length > shown.length) blocks.splice(6, 0, { kind: "paragraph", text: `The latest ${MOST_CYCLES} of ${sorted.length} cycles are shown.` });
  return { title: `Golden thread: ${who}`, footer: `Golden thread: ${who}`, blocks };
}

function identified(pupil: Pupil, cycles: readonly Cycle[]): string {
  const first = cycles[0];
  const since = pupil.senStatus.since;
  const parts: string[] = [];
  if (first) parts.push(`First cycle opened ${longDate(first.openedOn)}.`);
  if (since) parts.push(`Current SEN status since ${longDate(since)}.`);
  const assessments = first?.stages.assess.assessments ?? [];
  if (assessments.length) parts.push(`Identified through ${assessments.map((a) => `${a.name} (${longDate(a.date)}${a.score ? `, ${a.score}` : ""})`).join("; ")}.`);
  else parts.push("No assessment is recorded in the first cycle.");
  const areas = Object.values(first?.stages.assess.strengthsAndNeeds ?? {}).map((p) => p.needs.trim()).filter(Boolean);
  if (areas.length) parts.push(`Needs noted: ${areas[0]}`);
  return parts.join(" ");
}

/** One row per provision (by title) across the cycles shown: the cycles it ran in and its latest rated impact. */
function provisionBlocks(cycles: readonly Cycle[], cut: (t: string) => string): Block[] {
  const rows = new Map<string, { cycles: number[]; impact: string; evidence: string }>();
  for (const c of cycles) {
    for (const p of c.stages.plan.provisions) {
      const title = p.title.trim() || "Untitled";
      const row = rows.get(title) ?? { cycles: [], impact: "", evidence: "" };
      const impact = c.stages.review.provisionImpact.find((i) => i.provisionId === p.id);
      row.cycles.push(c.number);
      if (impact?.rating || impact?.impact.trim()) {
        row.impact = impact.rating ? IMPACT_LABELS[impact.rating] : "Not rated";
        row.evidence = cut(impact.impact);
      } else if (!row.impact) row.impact = c.stages.review.reviewedOn ? "Not rated" : "Under way";
      rows.set(title, row);
    }
  }
  return rows.size
    ? [{ kind: "table", head: ["Provision", "Cycles", "Latest impact", "Evidence of impact"], rows: [...rows].map(([title, r]) => [title, r.cycles.join(", "), r.impact, r.evidence]) }]
    : [{ kind: "paragraph", text: "No provision recorded." }];
}

function adviceBlocks(cycles: readonly Cycle[], cut: (t: string) => string, deidentify: boolean): Block[] {
  const rows = cycles.flatMap((c) =>
    c.stages.assess.externalAdvice.map((a) => [
      `${ADVICE_SOURCE_LABELS[a.source]}${!deidentify && a.adviserName ? ` (${a.adviserName})` : ""}, ${longDate(a.date)}`,
      cut(a.recommendations),
      cut(`Cycle ${c.number} plan: ${c.stages.plan.provisions.map((p) => p.title).filter(Boolean).join("; ") || "no provision"}`),
    ]),
  );
  return rows.length ? [{ kind: "table", head: ["Advice", "Recommended", "What was done"], rows }] : [{ kind: "paragraph", text: "No specialist advice recorded." }];
}

function voiceBlocks(pupil: Pupil, cycles: readonly Cycle[], cut: (t: string) => string, today: string): Block[] {
  const latest = [...cycles].reverse();
  const parent = latest.map((c) => c.stages.review.parentView.trim() || c.stages.assess.parentView.trim()).find(Boolean);
  const child = latest.map((c) => c.stages.review.pupilView.trim() || c.stages.assess.pupilView.trim()).find(Boolean);
  const meetings = meetingsOf(pupil).filter((m) => m.date <= today);
  return [
    {
      kind: "bullets",
      items: [
        parent ? `Parents or carers said: "${cut(parent)}"` : "Parents or carers: no view recorded.",
        child ? `The pupil said: "${cut(child)}"` : "The pupil: no view recorded.",
        `${meetings.length} ${meetings.length === 1 ? "meeting" : "meetings"} with parents or carers recorded${meetings.length ? `, the latest on ${longDate(meetings.map((m) => m.date).sort().at(-1))}` : ""}.`,
      ],
    },
  ];
}
