import { formatPounds } from "@/graduated-approach/setting-costs";
import { pupilAttendance } from "@/provision-map/attendance";
import { sessionCost, shareCosts } from "@/provision-map/cost-share";
import type { Intervention } from "@/provision-map/intervention";
import { groupSizeOn } from "@/provision-map/roster";
import { TableScroll } from "@/components/ui/TableScroll";
import { SessionLogForm, type SessionLogFormProps } from "./SessionLogForm";

export interface InterventionCardProps {
  intervention: Intervention;
  names: Map<string, string>;
  today: string;
  onLog: SessionLogFormProps["onLog"];
}

/** One intervention: who runs it and when, each pupil's sessions and share of the cost, and the session log form. */
export function InterventionCard({ intervention: i, names, today, onLog }: InterventionCardProps) {
  const costs = shareCosts(i);
  const attendance = new Map(pupilAttendance(i).map((a) => [a.pupilId, a]));
  const delivered = i.sessions.filter((s) => s.delivered).length;
  const headingId = `${i.id}-title`;
  return (
    <section class="intervention-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{i.name}</h3>
      <p>
        {i.staff.name}
        {i.staff.role ? `, ${i.staff.role}` : ""} · {i.schedule.sessionsPerWeek} sessions a week × {i.schedule.sessionMinutes} minutes ·{" "}
        {formatPounds(sessionCost(i))} a session · {groupSizeOn(i, today)} in the group today
      </p>
      <p>
        {delivered} of {i.sessions.length} logged sessions delivered, costing {formatPounds(costs.total)}.
      </p>
      <TableScroll label={`Pupils in ${i.name}`}>
        <table class="data-table">
          <caption class="visually-hidden">Each pupil's sessions delivered and attended, and share of the cost</caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Delivered</th>
              <th scope="col">Attended</th>
              <th scope="col">Cost share</th>
            </tr>
          </thead>
          <tbody>
            {costs.pupils.map(({ pupilId, share }) => (
              <tr key={pupilId}>
                <th scope="row">{names.get(pupilId) ?? "A pupil no longer on the register"}</th>
                <td>{attendance.get(pupilId)?.delivered ?? 0}</td>
                <td>{attendance.get(pupilId)?.attended ?? 0}</td>
                <td>{formatPounds(share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="hint">
        Each delivered session's cost is shared equally by the pupils in the group that day, absent or not. Missed sessions cost nothing.
      </p>
      <SessionLogForm intervention={i} names={names} today={today} onLog={onLog} />
    </section>
  );
}
