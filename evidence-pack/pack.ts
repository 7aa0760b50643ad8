import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS, tierById } from "@/commitment-framework/queries";
import { BROAD_AREA_LABELS, SEN_NEED_CODES, SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { type Cycle, sortCycles } from "@/graduated-approach/cycle";
import { compareWithThreshold, planYearlyCost } from "@/graduated-approach/provision-cost";
import type { Pupil } from "@/graduated-approach/pupil";
import { latestCycle } from "@/graduated-approach/pupil-cycles";
import { meetingsOf } from "@/graduated-approach/parent-meetings";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import type { Intervention } from "@/provision-map/intervention";
import { academicYearOf, groupSharesTotal, pupilGroups } from "@/provision-map/pupil-groups";
import type { Audit } from "@/self-audit/audit";
import { ageInYears } from "./age";
import { ATTENDANCE_NOT_RECORDED, INFORMS_NEVER_BLOCKS, LEGAL_TEST } from "./legal-notes";
import { ordinarilyAvailable } from "./ordinarily-available";
import { areaName, packAdvice, packCycles, packProvisionRows, packViews } from "./pack-cycles";
import { deidentifyPack } from "./deidentify";
import { EVIDENCE_PACK_SCHEMA_VERSION, type EvidencePack } from "./pack-schema";
import { initialsOf, nameRedactor } from "./pseudonymise";
import { packDescriptors } from "./pack-descriptors";
import { pupilAreas } from "./pupil-areas";
import { readinessChecklist } from "./readiness";
import { statutoryTimeline } from "./statutory-timeline";

export { EvidencePack } from "./pack-schema";

export interface EvidencePackInput {
  pupil: Pupil;
  cycles: readonly Cycle[];
  framework: Framework;
  setting: { name: string };
  latestAudit?: Audit;
  /** The setting's group interventions: those the pupil is in are shown with their share of the cost. */
  interventions?: readonly Intervention[];
  /** The day the request goes to the local authority, YYYY-MM-DD; the statutory clock starts here. */
  submissionDate: string;
  /**
   * De-identified for sharing: initials only; no UPN, date of birth, adult's name or setting name;
   * dates to the month and the age as a band (see deidentify.ts).
   */
  pseudonymise: boolean;
  /** Pseudonymised packs only: more words or names to leave out (a sibling's name, a village), each replaced by "[redacted]". */
  redact?: readonly string[];
}

export const SENSITIVITY = {
  full: "OFFICIAL-SENSITIVE: contains special category personal data",
  pseudonymised: "Pseudonymised",
} as const;

/** Everything a local authority panel asks for with an EHC needs-assessment request, from the pupil's record. */
export function buildEvidencePack(input: EvidencePackInput): EvidencePack {
  const pack = buildPack(input);
  return input.pseudonymise ? deidentifyPack(pack, input.setting.name, input.redact) : pack;
}

function buildPack(input: EvidencePackInput): EvidencePack {
  const { pupil, framework, setting, latestAudit, submissionDate, pseudonymise } = input;
  const cycles = sortCycles(input.cycles);
  const clean = pseudonymise ? nameRedactor(pupil) : (text: string) => text;
  const initials = initialsOf(pupil);
  const displayName = pseudonymise ? initials : `${pupil.firstName} ${pupil.lastName}`;
  const latest = latestCycle(cycles);
  const provisions = latest?.stages.plan.provisions ?? [];
  const groups = pupilGroups(input.interventions ?? [], pupil.id, academicYearOf(submissionDate));
  const total = Math.round((planYearlyCost(provisions) + groupSharesTotal(groups)) * 100) / 100;
  const comparison = compareWithThreshold(total, framework.senSupportThreshold);
  const areas = pupilAreas(pupil, cycles, framework);

  return {
    schemaVersion: EVIDENCE_PACK_SCHEMA_VERSION,
    kind: "ehc-needs-assessment-evidence-pack",
    pseudonymised: pseudonymise,
    sensitivity: pseudonymise ? SENSITIVITY.pseudonymised : SENSITIVITY.full,
    cover: {
      title: "Evidence for an EHC needs assessment request",
      pupilName: displayName,
      settingName: setting.name,
      framework: `${framework.name}, version ${framework.version}`,
      localAuthority: framework.localAuthority,
      submissionDate,
    },
    legalTest: LEGAL_TEST,
    pupil: {
      displayName,
      initials,
      ...(pseudonymise ? {} : { firstName: pupil.firstName, lastName: pupil.lastName, dateOfBirth: pupil.dateOfBirth, upn: pupil.upn }),
      ageYears: ageInYears(pupil.dateOfBirth, submissionDate),
      yearGroup: yearGroupLabel(pupil.yearGroup),
      phase: PHASE_LABELS[pupil.phase],
      senStatus: SEN_STATUS_LABELS[pupil.senStatus.code],
      senStatusSince: pupil.senStatus.since,
      tier: tierById(framework, pupil.tier)?.name ?? pupil.tier,
      keyAdult: clean(pupil.keyAdult),
      profile: {
        likeAndAdmire: clean(pupil.profile.likeAndAdmire),
        importantToMe: clean(pupil.profile.importantToMe),
        howToSupportMe: clean(pupil.profile.howToSupportMe),
      },
      consent: {
        recordedOn: pupil.consent.recordedOn,
        byWhom: clean(pupil.consent.byWhom),
        shareWith: pupil.consent.shareWith.map(clean),
        notes: clean(pupil.consent.notes),
      },
    },
    needs: {
      census: pupil.needs.map((n) => {
        const area = SEN_NEED_CODES[n.code].area;
        return { code: n.code, label: SEN_NEED_CODES[n.code].label, rank: n.rank, area: area ? BROAD_AREA_LABELS[area] : "No single area" };
      }),
      areas: latestAreaProfiles(cycles).map(({ areaId, strengths, needs, fromCycle }) => ({
        areaId, area: areaName(framework, areaId), strengths: clean(strengths), needs: clean(needs), fromCycle,
      })),
      ...packDescriptors(framework, pupil.descriptors ?? []),
    },
    cycles: packCycles(cycles, framework, clean),
    provisionMap: {
      fromCycle: latest?.number ?? null,
      rows: packProvisionRows(provisions, framework, clean),
      total,
      groups: groups.map((g) => ({
        name: clean(g.name), who: g.staff.match(/\(([^)]+)\)$/)?.[1] ?? "Adult not named", share: g.share, delivered: g.delivered, attended: g.attended,
        joined: g.joined, ...(g.left ? { left: g.left } : {}),
        ...(g.measure ? { measure: g.measure.name, unit: g.measure.unit, higherIsBetter: g.measure.higherIsBetter } : {}),
        ...(g.entry !== undefined ? { entry: g.entry } : {}), ...(g.exit !== undefined ? { exit: g.exit } : {}), ...(g.progress !== undefined ? { progress: g.progress } : {}),
      })),
      threshold: framework.senSupportThreshold
        ? { amount: framework.senSupportThreshold.amount, description: framework.senSupportThreshold.description }
        : undefined,
      comparison: comparison.kind,
      difference: comparison.kind === "no-threshold" ? undefined : comparison.difference,
    },
    externalAdvice: packAdvice(cycles, clean),
    views: {
      pupil: packViews(cycles, "pupilView", clean),
      parent: packViews(cycles, "parentView", clean),
      meetings: meetingsOf(pupil)
        .toSorted((a, b) => a.date.localeCompare(b.date))
        .map((m) => ({ date: m.date, attendees: clean(m.attendees), notes: clean(m.notes), agreedActions: clean(m.agreedActions) })),
    },
    attendance: { recorded: false, note: `${ATTENDANCE_NOT_RECORDED}.` },
    ordinarilyAvailable: latestAudit ? ordinarilyAvailable(framework, latestAudit, areas) : null,
    readiness: { note: INFORMS_NEVER_BLOCKS, items: readinessChecklist({ pupil, cycles, latestAudit }) },
    timeline: statutoryTimeline(submissionDate),
  };
}

/** For each area, the most recent strengths and needs written in an assessment. */
function latestAreaProfiles(cycles: readonly Cycle[]) {
  const byArea = new Map<string, { areaId: string; strengths: string; needs: string; fromCycle: number }>();
  for (const c of cycles) {
    for (const [areaId, p] of Object.entries(c.stages.assess.strengthsAndNeeds)) {
      if (p.strengths.trim() || p.needs.trim()) byArea.set(areaId, { areaId, strengths: p.strengths, needs: p.needs, fromCycle: c.number });
    }
  }
  return [...byArea.values()];
}

/** The pack as the JSON file saved beside the PDF. */
export function evidencePackJson(pack: EvidencePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
