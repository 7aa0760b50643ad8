import { PHASE_LABELS, countStatementsBy, countStatementsByPhase, levelById, topAreaOf } from "./queries";
import type { Framework } from "./schema";

/** What a framework holds, counted, as plain lines for a person checking a file. */
export function frameworkSummary(fw: Framework): string[] {
  const byTop = new Map<string, number>();
  for (const s of fw.statements) {
    const top = topAreaOf(fw, s.area)?.id ?? s.area;
    byTop.set(top, (byTop.get(top) ?? 0) + 1);
  }
  const byLevel = countStatementsBy(fw, "level");
  const byTier = countStatementsBy(fw, "tier");
  const byKind = countStatementsBy(fw, "kind");
  const byPhase = countStatementsByPhase(fw);
  const tierName = (id: string) => fw.tiers.find((t) => t.id === id)?.name ?? id;
  const sub = (id: string) => fw.areas.filter((a) => a.parent === id).length;
  return [
    `${fw.name}, version ${fw.version} (${fw.localAuthority}), published ${fw.published}`,
    `${fw.statements.length} statements: ${byKind.get("provision") ?? 0} provision, ${byKind.get("need-descriptor") ?? 0} need descriptors; ${fw.catalogue.length} costed provision items`,
    "By area:",
    ...fw.areas.filter((a) => !a.parent).map((a) => `  ${a.name} (${a.kind === "need" ? a.broadArea : "whole setting"}${sub(a.id) ? `, ${sub(a.id)} sub-areas` : ""}): ${byTop.get(a.id) ?? 0}`),
    "By level:",
    ...fw.levels.map((l) => `  ${l.name} → ${tierName(l.tier)}: ${byLevel.get(l.id) ?? 0}`),
    "By tier:",
    ...fw.tiers.map((t) => `  ${t.name}: ${byTier.get(t.id) ?? 0}`),
    "By phase:",
    ...fw.phases.map((p) => `  ${PHASE_LABELS[p]}: ${byPhase.get(p) ?? 0}`),
    ...(fw.catalogue.length ? ["Costed provision:", ...fw.catalogue.map((c) => `  ${c.name}: ${c.hoursPerWeek === "bespoke" ? "bespoke hours" : `${c.hoursPerWeek} h a week`}${c.hourlyRate !== undefined ? ` at ${pounds(c.hourlyRate)} an hour` : ""}${c.links.levels.length ? ` (levels ${c.links.levels.map((id) => levelById(fw, id)?.name ?? id).join(", ")})` : ""}`)] : []),
  ];
}

/** £21.50, or £18 for whole pounds. */
function pounds(amount: number): string {
  return `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}
