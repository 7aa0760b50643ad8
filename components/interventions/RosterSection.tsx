import { useState } from "preact/hooks";
import { pupilAttendance } from "@/provision-map/attendance";
import { shareCosts } from "@/provision-map/cost-share";
import type { Intervention } from "@/provision-map/intervention";
import { addToRoster, leaveRoster, type EditResult } from "@/provision-map/roster-edit";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { longDate } from "@/graduated-approach/long-date";
import type { RegisterEntry } from "@/state/interventions-model";
import { TableScroll } from "@/components/ui/TableScroll";
import { SelectField } from "@/components/ui/fields";
import { DateField } from "@/components/ui/input-fields";
import { PupilLinks } from "./PupilLinks";

export interface RosterSectionProps {
  intervention: Intervention;
  register: RegisterEntry[];
  names: Map<string, string>;
  /** The pupil's open (or latest) cycle, to link to. */
  cycleOf(pupilId: string): string | undefined;
  today: string;
  onEdit(edit: (i: Intervention, now: string) => EditResult): Promise<string | null>;
}

/** Who is in the group and when: each spell with its dates, sessions and cost share, leaving, and adding a pupil. */
export function RosterSection({ intervention: i, register, names, cycleOf, today, onEdit }: RosterSectionProps) {
  const costs = new Map(shareCosts(i).pupils.map((p) => [p.pupilId, p.share]));
  const attendance = new Map(pupilAttendance(i).map((a) => [a.pupilId, a]));
  const [leaving, setLeaving] = useState<string | null>(null);
  const [leftOn, setLeftOn] = useState(today);
  const [adding, setAdding] = useState("");
  const [joinedOn, setJoinedOn] = useState(today < i.schedule.startDate ? i.schedule.startDate : today);
  const [error, setError] = useState<{ where: "leave" | "add"; message: string } | null>(null);
  const onRosterNow = new Set(i.roster.filter((e) => e.left === undefined).map((e) => e.pupilId));
  const addable = register.filter((p) => !p.archived && !onRosterNow.has(p.id));
  const id = i.id;
  const name = (pupilId: string) => names.get(pupilId) ?? "A pupil no longer on the register";

  const leave = async (pupilId: string) => {
    const message = await onEdit((x, now) => leaveRoster(x, pupilId, leftOn, now));
    setError(message ? { where: "leave", message } : null);
    if (!message) setLeaving(null);
  };
  const add = async () => {
    const message = adding ? await onEdit((x, now) => addToRoster(x, adding, joinedOn, now)) : "Choose a pupil to add";
    setError(message ? { where: "add", message } : null);
    if (!message) setAdding("");
  };

  return (
    <section aria-labelledby={`${id}-roster`} class="page-section">
      <h3 id={`${id}-roster`}>Pupils</h3>
      {i.roster.length === 0 ? (
        <p class="empty">Nobody is in this group yet.</p>
      ) : (
        <TableScroll label={`Pupils in ${i.name}`}>
          <table class="data-table">
            <caption class="visually-hidden">Each pupil's dates in the group, sessions and share of the cost</caption>
            <thead>
              <tr><th scope="col">Pupil</th><th scope="col">Cost share</th><th scope="col">Delivered</th><th scope="col">Attended</th><th scope="col">In the group</th><th scope="col">Change</th></tr>
            </thead>
            <tbody>
              {i.roster.map((e, n) => {
                const first = i.roster.findIndex((x) => x.pupilId === e.pupilId) === n;
                return (
                  <tr key={`${e.pupilId}-${e.joined}`}>
                    <th scope="row">
                      {name(e.pupilId)}
                      {first && <PupilLinks pupilId={e.pupilId} name={name(e.pupilId)} cycleId={cycleOf(e.pupilId)} />}
                    </th>
                    <td class="num">{first ? formatPounds(costs.get(e.pupilId) ?? 0) : ""}</td>
                    <td class="num">{first ? attendance.get(e.pupilId)?.delivered ?? 0 : ""}</td>
                    <td class="num">{first ? attendance.get(e.pupilId)?.attended ?? 0 : ""}</td>
                    <td>{longDate(e.joined)} to {e.left ? longDate(e.left) : "now"}</td>
                    <td>
                      {e.left === undefined && (
                        <button type="button" class="button link" onClick={() => { setLeaving(e.pupilId); setError(null); }}>
                          Record leaving<span class="visually-hidden"> for {name(e.pupilId)}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p class="hint">Each delivered session's cost is shared equally by the pupils in the group that day, absent or not. Missed sessions cost nothing.</p>
      {leaving && (
        <fieldset class="session-log">
          <legend>{name(leaving)} leaves the group</legend>
          <DateField id={`${id}-left`} label="Last day in the group" value={leftOn} error={error?.where === "leave" ? error.message : undefined} onChange={setLeftOn} />
          <div class="button-row">
            <button type="button" class="button" onClick={() => void leave(leaving)}>Save leaving date</button>
            <button type="button" class="button secondary" onClick={() => setLeaving(null)}>Cancel</button>
          </div>
        </fieldset>
      )}
      <fieldset class="session-log">
        <legend>Add a pupil</legend>
        {addable.length === 0 ? (
          <p class="empty">Everyone on the register is already in this group.</p>
        ) : (
          <>
            <SelectField
              id={`${id}-add`}
              label="Pupil"
              value={adding}
              error={error?.where === "add" ? error.message : undefined}
              options={[{ value: "", label: "Choose a pupil" }, ...addable.map((p) => ({ value: p.id, label: `${p.name} (${p.yearGroup})` }))]}
              onChange={setAdding}
            />
            <DateField id={`${id}-joined`} label="First day in the group" value={joinedOn} onChange={setJoinedOn} />
            <button type="button" class="button secondary" onClick={() => void add()}>Add to the group</button>
          </>
        )}
      </fieldset>
    </section>
  );
}
