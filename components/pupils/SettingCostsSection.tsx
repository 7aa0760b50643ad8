import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { formatPounds, settingCosts, type SettingCosts } from "@/graduated-approach/setting-costs";

/** The section worked out from the register, for the side panel's Setting tab (loaded when that tab opens). */
export function SettingCostsOf({ pupils, cycles, framework }: { pupils: readonly Pupil[]; cycles: readonly Cycle[]; framework: Framework }) {
  return <SettingCostsSection costs={settingCosts(pupils, cycles)} framework={framework} />;
}

/** Whole-setting yearly cost of provision, by area of need and by tier. */
export function SettingCostsSection({ costs, framework }: { costs: SettingCosts; framework: Framework }) {
  const rows = (entries: [string, number][], name: (id: string) => string) =>
    entries.sort((a, b) => b[1] - a[1]).map(([id, amount]) => (
      <tr key={id}><td>{name(id)}</td><td class="num">{formatPounds(amount)}</td></tr>
    ));
  return (
    <section aria-labelledby="setting-costs-title" class="page-section">
      <h2 id="setting-costs-title">Provision map: cost a year</h2>
      {costs.pupilsWithProvision === 0 ? (
        <p class="empty">No costed provision yet. Costs appear when plans have provision with an hourly cost.</p>
      ) : (
        <>
          <p>
            <strong>{formatPounds(costs.total)}</strong> a year across {costs.pupilsWithProvision} pupil{costs.pupilsWithProvision === 1 ? "" : "s"}, from each pupil's latest plan. Group interventions are in the workspace's Provision map.
          </p>
          <table class="cost-table">
            <caption>By area of need</caption>
            <tbody>{rows([...costs.byArea], (id) => framework.areas.find((a) => a.id === id)?.name ?? id)}</tbody>
          </table>
          <table class="cost-table">
            <caption>By tier</caption>
            <tbody>{rows([...costs.byTier], (id) => framework.tiers.find((t) => t.id === id)?.name ?? id)}</tbody>
          </table>
        </>
      )}
    </section>
  );
}
