import { formatPounds } from "@/graduated-approach/setting-costs";
import { shareCosts } from "@/provision-map/cost-share";
import type { Intervention } from "@/provision-map/intervention";
import { groupSizeOn } from "@/provision-map/roster";

/** One intervention in the list: who runs it, how many are in it, what it has cost; its name opens its page. */
export function InterventionCard({ intervention: i, today }: { intervention: Intervention; today: string }) {
  const delivered = i.sessions.filter((s) => s.delivered).length;
  return (
    <li class="intervention-card">
      <h3><a href={`#/interventions/${encodeURIComponent(i.id)}`}>{i.name}</a></h3>
      <p>
        {i.staff.name}
        {i.staff.role ? `, ${i.staff.role}` : ""} · {groupSizeOn(i, today)} in the group today · {delivered} of {i.sessions.length} logged sessions delivered, costing {formatPounds(shareCosts(i).total)}
        {i.measure ? ` · measured by ${i.measure.name.toLowerCase()}` : ""}
      </p>
    </li>
  );
}
