import type { Framework } from "@/commitment-framework/schema";
import { SEN_NEED_CODES, SEN_STATUS_LABELS, SenNeedCode, SenStatusCode } from "@/graduated-approach/census-codes";
import { YearGroup, yearGroupLabel } from "@/graduated-approach/year-group";
import type { Option } from "@/components/ui/fields";

export const statusOptions = (blank: string): Option[] => [
  { value: "", label: blank },
  ...SenStatusCode.options.map((s) => ({ value: s, label: s === "K" || s === "E" ? `${SEN_STATUS_LABELS[s]} (${s})` : SEN_STATUS_LABELS[s] })),
];

export const needOptions = (blank: string, withNsa = true): Option[] => [
  { value: "", label: blank },
  ...SenNeedCode.options.filter((c) => withNsa || c !== "NSA").map((c) => ({ value: c, label: `${c}: ${SEN_NEED_CODES[c].label}` })),
];

export const yearOptions = (blank: string): Option[] => [
  { value: "", label: blank },
  ...YearGroup.options.map((y) => ({ value: y, label: yearGroupLabel(y) })),
];

export const tierOptions = (framework: Framework, blank?: string): Option[] => [
  ...(blank ? [{ value: "", label: blank }] : []),
  ...framework.tiers.map((t) => ({ value: t.id, label: t.shortName ? `${t.shortName}: ${t.name}` : t.name })),
];
