import type { Framework } from "@/commitment-framework/schema";
import type { Provision } from "@/graduated-approach/cycle-stages";
import { compareWithThreshold, planYearlyCost, yearlyCost } from "@/graduated-approach/provision-cost";
import { formatPounds } from "@/graduated-approach/setting-costs";

import type { PupilGroup } from "@/provision-map/pupil-groups";

/**
 * The pupil's costed provision map: their latest plan's provision plus their share of each group intervention
 * this school year, against the framework's SEN support threshold.
 */
export function CostSection({ provisions, framework, groups = [] }: { provisions: Provision[]; framework: Framework; groups?: PupilGroup[] }) {
  const costedGroups = groups.filter((g) => g.share > 0);
  const total = Math.round((planYearlyCost(provisions) + costedGroups.reduce((sum, g) => sum + g.share, 0)) * 100) / 100;
  const comparison = compareWithThreshold(total, framework.senSupportThreshold);
  return (
    <section aria-labelledby="cost-title" class="page-section">
      <h3 id="cost-title">Costed provision</h3>
      {provisions.length === 0 && costedGroups.length === 0 ? (
        <p class="empty">No provision in the current plan and no share of a group's cost.</p>
      ) : (
        <table class="cost-table">
          <caption class="visually-hidden">Yearly cost of each provision for this pupil</caption>
          <thead>
            <tr><th scope="col">Provision</th><th scope="col" class="num">A year</th></tr>
          </thead>
          <tbody>
            {provisions.map((p) => (
              <tr key={p.id}><td>{p.title}</td><td class="num">{formatPounds(yearlyCost(p))}</td></tr>
            ))}
            {costedGroups.map((g) => (
              <tr key={g.interventionId}><td>{g.name} (share of the group)</td><td class="num">{formatPounds(g.share)}</td></tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row">Total</th><td class="num"><strong>{formatPounds(total)}</strong></td></tr>
          </tfoot>
        </table>
      )}
      {comparison.kind === "within" && (
        <p>{formatPounds(-comparison.difference)} below the SEN support threshold of {formatPounds(comparison.threshold)} a year.</p>
      )}
      {comparison.kind === "over" && (
        <p class="flag overdue">{formatPounds(comparison.difference)} over the SEN support threshold of {formatPounds(comparison.threshold)} a year: the setting may ask the local authority for top-up funding.</p>
      )}
    </section>
  );
}
