import type { Framework } from "@/commitment-framework/schema";
import { levelById, levelTier, tierById, tierLevel } from "@/commitment-framework/queries";

/**
 * Tier shown by colour, pattern and words together, so colour is never the only signal. Given a level of
 * the framework's own, it shows the level beside the tier it counts as ("Tier 3: Targeted Plus · Band C").
 */
export function TierBadge({ framework, tierId, levelId }: { framework: Framework; tierId?: string; levelId?: string }) {
  const id = levelId ? levelTier(framework, levelId) : (tierId ?? "");
  const tier = tierById(framework, id);
  const level = levelId ? levelById(framework, levelId) : undefined;
  const place = tierLevel(framework, id);
  if (!tier) return <span class="badge neutral">Unknown tier</span>;
  const showLevel = level && level.name !== tier.name;
  return (
    <span class={`badge tier-${place}`} title={tier.description}>
      {tier.shortName ? `${tier.shortName}: ` : ""}
      {tier.name}
      {showLevel ? ` · ${level.name}` : ""}
    </span>
  );
}
