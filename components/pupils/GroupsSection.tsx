import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { formatProgress } from "@/provision-map/measures";
import type { PupilGroup } from "@/provision-map/pupil-groups";
import { TableScroll } from "@/components/ui/TableScroll";

/** The group interventions the pupil is in: their share of each, their sessions from the group's log, their entry and exit values. */
export function GroupsSection({ groups, onOpen }: { groups: PupilGroup[]; onOpen?: (interventionId: string) => void }) {
  return (
    <section aria-labelledby="groups-title" class="page-section">
      <h3 id="groups-title">Group interventions</h3>
      {groups.length === 0 ? (
        <p class="empty">Not in any group intervention.</p>
      ) : (
        <TableScroll label="Group interventions">
          <table class="data-table">
            <caption class="visually-hidden">Each group, this pupil's share of its cost this school year, sessions and entry and exit values</caption>
            <thead>
              <tr><th scope="col">Group</th><th scope="col">Share this year</th><th scope="col">Sessions attended</th><th scope="col">Entry → exit</th><th scope="col">Progress</th></tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.interventionId}>
                  <th scope="row">
                    {onOpen ? <button type="button" class="button link" onClick={() => onOpen(g.interventionId)}>{g.name}</button> : g.name}
                    <span class="hint-inline"> {g.staff}; {g.left ? `${longDate(g.joined)} to ${longDate(g.left)}` : `since ${longDate(g.joined)}`}</span>
                  </th>
                  <td class="num">{formatPounds(g.share)}</td>
                  <td class="num">{g.attended} of {g.delivered}</td>
                  <td>{g.measure ? `${g.entry ?? "–"} → ${g.exit ?? "–"}` : "No measure"}{g.measure && <span class="hint-inline"> {g.measure.name}</span>}</td>
                  <td>{g.progress === undefined ? "Not yet" : formatProgress(g.progress, g.measure?.unit ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
