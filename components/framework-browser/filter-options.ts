import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS, areaPath } from "@/commitment-framework/queries";
import type { Option } from "@/components/ui/fields";

const ANY = "";

export function phaseOptions(framework: Framework): Option[] {
  return [{ value: ANY, label: "All phases" }, ...framework.phases.map((p) => ({ value: p, label: PHASE_LABELS[p] }))];
}

export function tierOptions(framework: Framework): Option[] {
  return [
    { value: ANY, label: "All tiers" },
    ...framework.tiers.map((t) => ({ value: t.id, label: t.shortName ? `${t.shortName}: ${t.name}` : t.name })),
  ];
}

export function areaOptions(framework: Framework): Option[] {
  return [
    { value: ANY, label: "All areas" },
    ...framework.areas.map((a) => ({
      value: a.id,
      label: areaPath(framework, a.id).map((x) => x.name).join(" > "),
      group: a.kind === "need" ? "Areas of need" : "Whole-setting expectations",
    })),
  ];
}
