import { tierById } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import { aYearBefore, aYearOn } from "@/graduated-approach/a-year-on";
import { SEN_NEED_CODES } from "@/graduated-approach/census-codes";
import { currentYearGroup } from "@/graduated-approach/current-year-group";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Provision } from "@/graduated-approach/cycle-stages";
import { meetingsOf } from "@/graduated-approach/parent-meetings";
import type { Pupil } from "@/graduated-approach/pupil";
import { latestCycle, openCycle } from "@/graduated-approach/pupil-cycles";
import type { Intervention } from "@/provision-map/intervention";
import { ISP_FORMAT, ISP_FORMAT_VERSION, type Isp } from "./isp-schema";
import { groupWhen, planWhen } from "./when";

export interface IspInput {
  pupil: Pupil;
  cycles: readonly Cycle[];
  interventions: readonly Intervention[];
  framework: Framework;
  settingName: string;
  today: string;
}

export type IspResult = { ok: true; isp: Isp } | { ok: false; message: string };

/** The pupil's Individual Support Plan, drawn from their current APDR cycle (the open one, else the latest). */
export function buildIsp({ pupil, cycles, interventions, framework, settingName, today }: IspInput): IspResult {
  const cycle = openCycle(cycles) ?? latestCycle(cycles);
  if (!cycle) {
    return { ok: false, message: `${pupil.firstName} ${pupil.lastName} has no assess, plan, do, review cycle yet, so there is no plan to show. Start a cycle first.` };
  }
  const areaName = (id: string) => framework.areas.find((a) => a.id === id)?.name ?? id;
  const { assess, plan, review } = cycle.stages;
  const groups = interventions.filter((i) => i.roster.some((r) => r.pupilId === pupil.id && (r.left === undefined || r.left >= today)));
  const lastHeld = cycles.map((c) => c.stages.review.reviewedOn).filter((d): d is string => Boolean(d)).sort().at(-1);
  const since = aYearBefore(today);
  const meetings = meetingsOf(pupil).filter((m) => m.date >= since && m.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const parentView = review.parentView.trim() || assess.parentView.trim();
  const pupilView = review.pupilView.trim() || assess.pupilView.trim();
  const latestActions = [...meetingsOf(pupil)].sort((a, b) => b.date.localeCompare(a.date)).find((m) => m.agreedActions.trim())?.agreedActions.trim();
  const isp: Isp = {
    format: ISP_FORMAT,
    formatVersion: ISP_FORMAT_VERSION,
    nationalFormat: "not yet published",
    madeOn: today,
    setting: { name: settingName },
    pupil: {
      firstName: pupil.firstName,
      lastName: pupil.lastName,
      dateOfBirth: pupil.dateOfBirth,
      ...(pupil.upn ? { upn: pupil.upn } : {}),
      yearGroup: currentYearGroup(pupil, today),
      senStatus: pupil.senStatus.code,
      needs: pupil.needs.map((n) => ({ code: n.code, rank: n.rank, description: SEN_NEED_CODES[n.code].label })),
    },
    layer: { tierId: pupil.tier, name: tierById(framework, pupil.tier)?.name ?? pupil.tier },
    cycle: { number: cycle.number, openedOn: cycle.openedOn },
    profile: { ...pupil.profile },
    needs: Object.entries(assess.strengthsAndNeeds).map(([area, p]) => ({ area: areaName(area), strengths: p.strengths, needs: p.needs })),
    outcomes: plan.outcomes.map((o) => ({
      area: areaName(o.area), what: o.what, baseline: o.baseline, target: o.target, howMeasured: o.howMeasured, ...(o.byWhen ? { byWhen: o.byWhen } : {}),
    })),
    provision: [
      ...plan.provisions.map((p) => ({ title: p.title, area: areaName(p.area), kind: "plan" as const, who: p.who, when: planWhen(p) })),
      ...groups.map((g) => ({
        title: g.name,
        area: g.area ? areaName(g.area) : "",
        kind: "group" as const,
        who: g.staff.role ? `${g.staff.name} (${g.staff.role})` : g.staff.name,
        when: groupWhen(g),
        from: g.schedule.startDate,
        to: g.schedule.endDate,
      })),
    ],
    responsibilities: responsibilities(pupil, plan.provisions, groups, plan.reviewDate, latestActions),
    reviews: {
      ...(plan.reviewDate ? { planned: plan.reviewDate } : {}),
      ...(lastHeld ? { lastHeld } : {}),
      dueByAtLatest: aYearOn(lastHeld ?? cycle.openedOn),
      parentMeetings: meetings.map((m) => ({ date: m.date, attendees: m.attendees })),
    },
    involvement: { parentView, pupilView, parentsInvolved: Boolean(parentView) || meetings.length > 0, pupilInvolved: Boolean(pupilView) },
    keyAdult: pupil.keyAdult,
  };
  return { ok: true, isp };
}

function responsibilities(pupil: Pupil, provisions: readonly Provision[], groups: readonly Intervention[], reviewDate: string | undefined, parentActions: string | undefined) {
  const rows = [
    ...provisions.map((p) => ({ who: p.who.trim() || "Not named yet", what: p.title, when: planWhen(p) })),
    ...groups.map((g) => ({ who: g.staff.name, what: `Runs ${g.name}`, when: groupWhen(g) })),
  ];
  if (pupil.keyAdult.trim()) rows.unshift({ who: pupil.keyAdult.trim(), what: "Key adult: the first person to talk to, and checks the plan is working", when: "Every school day" });
  rows.push({ who: "SENCO", what: "Reviews the plan with the family and the pupil", when: reviewDate ? `By the review date in the plan` : "At least once a year" });
  if (parentActions) rows.push({ who: "Parents or carers", what: parentActions, when: "Until the next review" });
  return rows;
}
