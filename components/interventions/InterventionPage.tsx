import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { longDate } from "@/graduated-approach/long-date";
import { sessionCost, shareCosts } from "@/provision-map/cost-share";
import { FUNDING_SOURCE_LABELS, type Intervention } from "@/provision-map/intervention";
import { groupSizeOn } from "@/provision-map/roster";
import type { EditResult } from "@/provision-map/roster-edit";
import { WEEKDAY_LABELS } from "@/provision-map/timetable";
import type { RegisterEntry } from "@/state/interventions-model";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { DetailsSection } from "./DetailsSection";
import { MeasureSection } from "./MeasureSection";
import { RosterSection } from "./RosterSection";
import { SessionHistory } from "./SessionHistory";
import { SessionLogForm, type SessionLogFormProps } from "./SessionLogForm";

export interface InterventionPageProps {
  intervention: Intervention;
  register: RegisterEntry[];
  framework: Framework;
  today: string;
  cycleOf(pupilId: string): string | undefined;
  onLog: SessionLogFormProps["onLog"];
  onEdit(edit: (i: Intervention, now: string) => EditResult): Promise<string | null>;
  onDelete(): void;
}

/** One intervention: its adult, timetable and costs; its pupils with their dates; its session log; its measure. */
export function InterventionPage(props: InterventionPageProps) {
  const { intervention: i, register, today } = props;
  const [confirm, setConfirm] = useState(false);
  const names = new Map(register.map((p) => [p.id, p.name]));
  const costs = shareCosts(i);
  const delivered = i.sessions.filter((s) => s.delivered).length;
  const when = [
    i.schedule.days.map((d) => WEEKDAY_LABELS[d]).join(", "),
    i.schedule.startTime ? `at ${i.schedule.startTime}` : "",
    i.schedule.place ? `in ${i.schedule.place}` : "",
  ].filter(Boolean).join(" ");
  return (
    <article class="intervention-page" aria-labelledby="intervention-title">
      <a class="back" href="#/interventions">Back to interventions</a>
      <h2 id="intervention-title">{i.name}</h2>
      <dl class="summary-list">
        <div><dt>Run by</dt><dd>{i.staff.name}{i.staff.role ? `, ${i.staff.role}` : ""} at {formatPounds(i.staff.hourlyRate)} an hour</dd></div>
        <div><dt>When</dt><dd>{i.schedule.sessionsPerWeek} sessions a week × {i.schedule.sessionMinutes} minutes{when ? `, ${when}` : ""}</dd></div>
        <div><dt>Runs</dt><dd>{longDate(i.schedule.startDate)} to {longDate(i.schedule.endDate)}</dd></div>
        <div><dt>Funding</dt><dd>{FUNDING_SOURCE_LABELS[i.fundingSource]}</dd></div>
        <div><dt>Group size today</dt><dd>{groupSizeOn(i, today)}</dd></div>
        <div><dt>Cost</dt><dd>{formatPounds(sessionCost(i))} a session; {delivered} of {i.sessions.length} logged sessions delivered, costing {formatPounds(costs.total)}</dd></div>
      </dl>
      <RosterSection intervention={i} register={register} names={names} cycleOf={props.cycleOf} today={today} onEdit={props.onEdit} />
      <section aria-labelledby={`${i.id}-log`} class="page-section">
        <h3 id={`${i.id}-log`}>Session log</h3>
        <SessionLogForm intervention={i} names={names} today={today} onLog={props.onLog} />
        <SessionHistory intervention={i} names={names} />
      </section>
      <MeasureSection intervention={i} names={names} onEdit={props.onEdit} />
      <DetailsSection intervention={i} framework={props.framework} onEdit={props.onEdit} />
      <div class="button-row page-section">
        <button type="button" class="button link danger" onClick={() => setConfirm(true)}>Delete {i.name}</button>
      </div>
      {confirm && (
        <ConfirmDialog title={`Delete ${i.name}?`} confirmLabel={`Yes, delete ${i.name}`} cancelLabel="Keep" onConfirm={props.onDelete} onCancel={() => setConfirm(false)}>
          <p>The group, its session log and its entry and exit values are deleted. Its cost leaves each pupil's costed provision. You can undo this straight after.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
