import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { formatProgress } from "@/provision-map/measures";
import type { PupilGroup } from "@/provision-map/pupil-groups";

/** The group interventions the pupil is in: their share of each, their sessions from the group's log, their entry and exit values. */
export function GroupsSection({ groups, onOpen }: { groups: PupilGroup[]; onOpen?: (interventionId: string) => void }) {
  return (
    <section aria-labelledby="groups-title" class="page-section">
      <h3 id="groups-title">Group interventions</h3>
      {groups.length === 0 ? (
        <p class="empty">Not in any group intervention.</p>
      ) : (
        <ul class="plain-list group-list" aria-labelledby="groups-title">
          {groups.map((g) => (
            <li key={g.interventionId} class="group-item">
              {onOpen ? <button type="button" class="button link" onClick={() => onOpen(g.interventionId)}>{g.name}</button> : <strong>{g.name}</strong>}
              <span class="hint-inline">{g.staff}; {g.left ? `${longDate(g.joined)} to ${longDate(g.left)}` : `since ${longDate(g.joined)}`}</span>
              <dl class="group-figures">
                <div><dt>Share this school year</dt><dd>{formatPounds(g.share)}</dd></div>
                <div><dt>Sessions attended</dt><dd>{g.attended} of {g.delivered}</dd></div>
                {g.measure ? (
                  <div>
                    <dt>{g.measure.name}</dt>
                    <dd>{g.entry ?? "–"} → {g.exit ?? "–"}{g.progress !== undefined ? ` (${formatProgress(g.progress, g.measure.unit)})` : ""}</dd>
                  </div>
                ) : (
                  <div><dt>Measure</dt><dd>None chosen</dd></div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
