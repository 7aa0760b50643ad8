import type { Framework } from "@/commitment-framework/schema";
import { tierById, tierLevel } from "@/commitment-framework/queries";

/** Tier shown by colour, pattern and words together, so colour is never the only signal. */
export function TierBadge({ framework, tierId }: { framework: Framework; tierId: string }) {
  const tier = tierById(framework, tierId);
  const level = tierLevel(framework, tierId);
  if (!tier) return <span class="badge neutral">Unknown tier</span>;
  return (
    <span class={`badge tier-${level}`} title={tier.description}>
      {tier.shortName ? `${tier.shortName}: ` : ""}
      {tier.name}
    </span>
  );
}
