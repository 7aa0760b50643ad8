import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { needAreasIn, tierLevel } from "@/commitment-framework/queries";
import type { Cycle } from "@/graduated-approach/cycle";
import { SEN_NEED_CODES, SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { DECISION_LABELS } from "@/graduated-approach/cycle-labels";
import { longDate } from "@/graduated-approach/long-date";
import type { ParentMeeting } from "@/graduated-approach/parent-meeting";
import { runPlanQuality } from "@/graduated-approach/plan-quality";
import { pupilBroadAreas, type Pupil } from "@/graduated-approach/pupil";
import { latestCycle, openCycle } from "@/graduated-approach/pupil-cycles";
import { pupilTimeline } from "@/graduated-approach/timeline";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import { TierBadge } from "@/components/ui/TierBadge";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import type { ReadinessWhere } from "@/evidence-pack/readiness";
import type { Intervention } from "@/provision-map/intervention";
import { academicYearOf, pupilGroups } from "@/provision-map/pupil-groups";
import { CostSection } from "./CostSection";
import { GroupsSection } from "./GroupsSection";
import { DescriptorsSection } from "./DescriptorsSection";
import type { EvidencePackContext } from "./evidence-pack-context";
import { EvidencePackSection } from "./EvidencePackSection";
import { DataProtectionSection } from "./DataProtectionSection";
import { MeetingsSection } from "./MeetingsSection";
import { TimelineSection } from "./TimelineSection";

export interface PupilPageProps {
  pupil: Pupil;
  cycles: readonly Cycle[];
  framework: Framework;
  today: string;
  onBack: () => void;
  onEdit: () => void;
  onArchive: () => void;
  onRestore: () => void;
  onDelete: () => void;
  onOpenCycle: (cycleId: string) => void;
  onStartCycle: () => void;
  onDeleteCycle: (cycleId: string) => void;
  onAddMeeting: (meeting: Omit<ParentMeeting, "id" | "pupilId">) => Promise<void> | void;
  /** Saves the need descriptors ticked as fitting the pupil; the section shows only with it. */
  onDescriptorsChange?: (descriptors: string[]) => void;
  /** Setting name, latest self-audit and the export log; the evidence-pack section shows only with it. */
  evidencePack?: EvidencePackContext;
  /** The setting's group interventions, for the pupil's groups and their shares of the cost. */
  interventions?: readonly Intervention[];
  /** Opens a group's own page (in the workspace). */
  onOpenGroup?: (interventionId: string) => void;
}

export function PupilPage(props: PupilPageProps) {
  const { pupil, cycles, framework, today } = props;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const open = openCycle(cycles);
  const latest = latestCycle(cycles);
  const issues = open ? runPlanQuality(pupil, open, today, tierLevel(framework, pupil.tier) || undefined) : [];
  const sorted = [...cycles].sort((a, b) => b.number - a.number);
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const groups = pupilGroups(props.interventions ?? [], pupil.id, academicYearOf(today));
  const go = (where: ReadinessWhere) => {
    if (where === "details") return props.onEdit();
    if (where === "profile" || where === "meetings") return document.getElementById(`${where}-title`)?.scrollIntoView();
    const target = open ?? latest;
    return target ? props.onOpenCycle(target.id) : props.onStartCycle();
  };
  return (
    <article aria-labelledby="pupil-title">
      <button type="button" class="button link back" onClick={props.onBack}>Back to pupils</button>
      <h2 id="pupil-title">{name}</h2>
      {pupil.archivedOn && <p class="notice">Archived on {longDate(pupil.archivedOn)}.</p>}
      <dl class="summary-list">
        <div><dt>Year group</dt><dd>{yearGroupLabel(pupil.yearGroup)}</dd></div>
        <div><dt>Date of birth</dt><dd>{longDate(pupil.dateOfBirth)}</dd></div>
        {pupil.upn && <div><dt>UPN</dt><dd>{pupil.upn}</dd></div>}
        <div>
          <dt>SEN status</dt>
          <dd>{SEN_STATUS_LABELS[pupil.senStatus.code]}{pupil.senStatus.since ? ` since ${longDate(pupil.senStatus.since)}` : ""}</dd>
        </div>
        <div>
          <dt>Needs</dt>
          <dd>
            {pupil.needs.length ? pupil.needs.map((n) => `${n.rank === 1 ? "Primary" : "Secondary"}: ${SEN_NEED_CODES[n.code].label} (${n.code})`).join("; ") : "None recorded"}
            {pupil.furtherNeeds?.length ? `; also (from the MIS): ${pupil.furtherNeeds.map((c) => `${SEN_NEED_CODES[c].label} (${c})`).join(", ")}` : ""}
          </dd>
        </div>
        <div><dt>Tier</dt><dd><TierBadge framework={framework} tierId={pupil.tier} /></dd></div>
        {pupil.keyAdult && <div><dt>Key adult</dt><dd>{pupil.keyAdult}</dd></div>}
        <div>
          <dt>Plan quality</dt>
          <dd>{!open ? "No open cycle" : issues.length === 0 ? "Nothing to improve" : `${issues.length} thing${issues.length === 1 ? "" : "s"} to improve`}</dd>
        </div>
      </dl>
      <div class="button-row">
        {open ? (
          <button type="button" class="button" onClick={() => props.onOpenCycle(open.id)}>Continue cycle {open.number}</button>
        ) : (
          <button type="button" class="button" onClick={props.onStartCycle}>Start a cycle</button>
        )}
        <button type="button" class="button secondary" onClick={props.onEdit}>Edit details</button>
      </div>

      <section aria-labelledby="cycles-title" class="page-section">
        <h3 id="cycles-title">Assess, plan, do, review cycles</h3>
        {sorted.length === 0 ? (
          <p class="empty">No cycles yet.</p>
        ) : (
          <ul class="plain-list">
            {sorted.map((c) => (
              <li key={c.id} class="cycle-row">
                <button type="button" class="button link" onClick={() => props.onOpenCycle(c.id)}>Cycle {c.number}</button>{" "}
                {c.status === "open"
                  ? `open since ${longDate(c.openedOn)}${c.stages.plan.reviewDate ? `, review ${longDate(c.stages.plan.reviewDate)}` : ""}`
                  : `reviewed ${longDate(c.stages.review.reviewedOn)}${c.stages.review.decision ? `: ${DECISION_LABELS[c.stages.review.decision]}` : ""}`}{" "}
                <button type="button" class="button link danger" onClick={() => props.onDeleteCycle(c.id)}>
                  Delete<span class="visually-hidden"> cycle {c.number}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="profile-title" class="page-section">
        <h3 id="profile-title">One-page profile</h3>
        <dl class="profile">
          <dt>What people like and admire about me</dt><dd>{pupil.profile.likeAndAdmire || <span class="empty">Not written yet</span>}</dd>
          <dt>What is important to me</dt><dd>{pupil.profile.importantToMe || <span class="empty">Not written yet</span>}</dd>
          <dt>How best to support me</dt><dd>{pupil.profile.howToSupportMe || <span class="empty">Not written yet</span>}</dd>
        </dl>
      </section>

      {props.onDescriptorsChange && (
        <DescriptorsSection pupil={pupil} framework={framework} areas={needAreasIn(framework, pupilBroadAreas(pupil)).map((a) => a.id)} onChange={props.onDescriptorsChange} />
      )}
      <GroupsSection groups={groups} onOpen={props.onOpenGroup} />
      <CostSection provisions={latest?.stages.plan.provisions ?? []} framework={framework} groups={groups} />
      <MeetingsSection meetings={pupil.meetings ?? []} today={today} onAdd={props.onAddMeeting} />
      <TimelineSection events={pupilTimeline(pupil, cycles)} framework={framework} />
      <DataProtectionSection pupil={pupil} cycles={cycles} today={today} />
      {props.evidencePack && (
        <EvidencePackSection pupil={pupil} cycles={cycles} framework={framework} today={today} context={props.evidencePack} onGo={go} />
      )}

      <div class="button-row page-section">
        {pupil.archivedOn ? (
          <button type="button" class="button secondary" onClick={props.onRestore}>Restore {name}</button>
        ) : (
          <button type="button" class="button secondary" onClick={props.onArchive}>Archive {name}</button>
        )}
        <button type="button" class="button link danger" onClick={() => setConfirmDelete(true)}>Delete {name}</button>
        {confirmDelete && (
          <ConfirmDialog title={`Delete ${name}?`} confirmLabel={`Yes, delete ${name}`} cancelLabel="Keep" onConfirm={props.onDelete} onCancel={() => setConfirmDelete(false)}>
            <p>Their record and every cycle are deleted from this computer. You can undo this for 30 seconds.</p>
          </ConfirmDialog>
        )}
      </div>
    </article>
  );
}
