import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { longDate } from "@/graduated-approach/long-date";
import type { TransferPayload } from "./transfer-payload";

export interface TransferImportPlan {
  /** The pupil record to save: the file's (new pupil) or the register's with gaps filled (matched by UPN). */
  pupil: Pupil;
  cycles: Cycle[];
  matched: boolean;
  /** What will come in, one plain sentence each, for the report. */
  report: string[];
  /** Things to check afterwards. */
  warnings: string[];
}

/**
 * How a transfer file joins this register. Matched by UPN: a pupil already here keeps everything stored
 * (details, needs, profile, meetings, cycles); empty profile fields are filled from the file, meetings and the
 * file's cycles are added after the pupil's own (renumbered). A pupil not here is added with all their cycles.
 * Every record gets a new id, so nothing here can be overwritten.
 */
export function planTransferImport(payload: TransferPayload, register: readonly Pupil[], cyclesOf: (pupilId: string) => readonly Cycle[], newId: () => string, nowIso: string): TransferImportPlan {
  const incoming = payload.pupil;
  const name = `${incoming.firstName} ${incoming.lastName}`;
  const match = incoming.upn ? register.find((p) => p.upn === incoming.upn) : undefined;
  const warnings: string[] = [];
  if (!incoming.upn) warnings.push(`The file has no UPN for ${name}, so they could not be matched and are added as a new pupil. Check they are not already in your register.`);
  const pupilId = match?.id ?? newId();
  const existing = match ? cyclesOf(match.id) : [];
  const firstNumber = existing.reduce((max, c) => Math.max(max, c.number), 0);
  const cycles = [...payload.cycles]
    .sort((a, b) => a.number - b.number)
    .map((c, i) => ({ ...remapIds(c, newId), pupilId, number: firstNumber + i + 1 }));
  if (match && existing.some((c) => c.status === "open") && cycles.some((c) => c.status === "open")) {
    warnings.push(`${name} now has more than one open cycle: the one you started and the one from ${payload.fromSetting}. Review and close the one you no longer need.`);
  }
  const report = [
    match ? `${name} (UPN ${incoming.upn}) is already in your register: their record is kept and added to.` : `${name} is added to your register.`,
    `${cycles.length} assess, plan, do, review ${cycles.length === 1 ? "cycle" : "cycles"} from ${payload.fromSetting}${match && existing.length ? `, numbered after their ${existing.length} cycles here` : ""}.`,
    `Individual support plan of ${longDate(payload.isp.madeOn)}: ${payload.isp.outcomes.length} outcomes and ${payload.isp.provision.length} items of provision (${payload.isp.provision.filter((p) => p.kind === "group").length} group interventions at ${payload.fromSetting}, which are not copied here).`,
  ];
  if (!match) {
    return {
      pupil: { ...incoming, id: pupilId, meetings: (incoming.meetings ?? []).map((m) => ({ ...m, id: newId(), pupilId })), importIds: undefined, exports: undefined, createdAt: nowIso, updatedAt: nowIso },
      cycles, matched: false, report, warnings,
    };
  }
  const filled = (Object.keys(match.profile) as (keyof Pupil["profile"])[]).filter((k) => !match.profile[k].trim() && incoming.profile[k].trim());
  if (filled.length) report.push(`One-page profile: ${filled.length} empty ${filled.length === 1 ? "section" : "sections"} filled from the file; what you had written is kept.`);
  const meetings = (incoming.meetings ?? []).filter((m) => !(match.meetings ?? []).some((own) => own.date === m.date && own.attendees === m.attendees));
  if (meetings.length) report.push(`${meetings.length} ${meetings.length === 1 ? "meeting" : "meetings"} with parents or carers added.`);
  const profile = { ...match.profile };
  for (const k of filled) profile[k] = incoming.profile[k];
  return {
    pupil: { ...match, profile, meetings: [...(match.meetings ?? []), ...meetings.map((m) => ({ ...m, id: newId(), pupilId }))], updatedAt: nowIso },
    cycles, matched: true, report, warnings,
  };
}

/** The cycle with fresh ids for it and its outcomes, provisions, assessments, advice and log, links kept. */
function remapIds(cycle: Cycle, newId: () => string): Cycle {
  const ids = new Map<string, string>();
  const fresh = (id: string) => ids.get(id) ?? (ids.set(id, newId()), ids.get(id)!);
  const { assess, plan, do: delivery, review } = cycle.stages;
  return {
    ...cycle,
    id: newId(),
    stages: {
      assess: { ...assess, assessments: assess.assessments.map((a) => ({ ...a, id: fresh(a.id) })), externalAdvice: assess.externalAdvice.map((a) => ({ ...a, id: fresh(a.id) })) },
      plan: { ...plan, outcomes: plan.outcomes.map((o) => ({ ...o, id: fresh(o.id) })), provisions: plan.provisions.map((p) => ({ ...p, id: fresh(p.id) })) },
      do: { log: delivery.log.map((l) => ({ ...l, id: fresh(l.id), provisionId: fresh(l.provisionId) })) },
      review: {
        ...review,
        outcomeProgress: review.outcomeProgress.map((p) => ({ ...p, outcomeId: fresh(p.outcomeId) })),
        provisionImpact: review.provisionImpact.map((p) => ({ ...p, provisionId: fresh(p.provisionId) })),
      },
    },
  };
}
