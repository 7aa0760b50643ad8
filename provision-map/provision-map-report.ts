import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { YearGroup, yearGroupLabel } from "@/graduated-approach/year-group";
import { findClashes, type Clash } from "./clashes";
import type { Intervention } from "./intervention";
import { gridByArea, gridByTier, type ProvisionGrid } from "./provision-grid";
import { provisionLines, type ProvisionLine } from "./provision-lines";
import { formatProgress } from "./measures";
import { pupilProgress } from "./progress";
import { academicYearOf } from "./pupil-groups";
import { settingTotals, type SettingTotals } from "./setting-totals";
import { weekTimetable, type TimetableSlot } from "./timetable";
import { whatWorks, type WhatWorksRow } from "./what-works";
import type { DateRange } from "./cost-share";

/** A line as the provision map prints it: with the pupil's name and the labels of its area and tier. */
export interface NamedLine extends ProvisionLine {
  pupilName: string;
  yearGroupLabel: string;
  areaLabel: string;
  tierLabel: string;
  /** For a group line: the pupil's progress on the group's measure, e.g. "+6 points"; "" when not measured yet. */
  progress: string;
}

/** Everything the provision map shows, worked out once for the screen, CSV, XLSX and PDF. */
export interface ProvisionMapReport {
  settingName: string;
  /** "2026 to 2027" */
  schoolYear: string;
  range: DateRange;
  today: string;
  lines: NamedLine[];
  byArea: ProvisionGrid;
  byTier: ProvisionGrid;
  totals: SettingTotals;
  whatWorks: WhatWorksRow[];
  timetable: TimetableSlot[];
  /** Groups running today with no start time or no days, so not in the timetable. */
  unplaced: string[];
  clashes: Clash[];
}

export interface ProvisionMapInput {
  settingName: string;
  pupils: readonly Pupil[];
  cycles: readonly Cycle[];
  interventions: readonly Intervention[];
  framework: Framework;
  today: string;
}

/** The school year containing `today`: plans' yearly costs and the groups' shares for that year, by year group, area and tier. */
export function buildProvisionMap({ settingName, pupils, cycles, interventions, framework, today }: ProvisionMapInput): ProvisionMapReport {
  const range = academicYearOf(today);
  const names = new Map(pupils.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  const lines = provisionLines({ pupils, cycles, interventions, framework, range, today });
  const areaName = (id: string) => framework.areas.find((a) => a.id === id)?.name ?? (id || "Not recorded");
  const tierName = (id: string) => framework.tiers.find((t) => t.id === id)?.name ?? (id || "Not recorded");
  const progressOf = (l: ProvisionLine) => {
    const group = l.interventionId ? interventions.find((i) => i.id === l.interventionId) : undefined;
    const row = group ? pupilProgress(group).find((p) => p.pupilId === l.pupilId) : undefined;
    return row && group?.measure ? formatProgress(row.progress, group.measure.unit) : "";
  };
  const named = lines
    .map((l) => ({ ...l, pupilName: names.get(l.pupilId) ?? "A pupil", yearGroupLabel: yearGroupLabel(l.yearGroup), areaLabel: areaName(l.area), tierLabel: tierName(l.tier), progress: progressOf(l) }))
    .sort((a, b) => YearGroup.options.indexOf(a.yearGroup) - YearGroup.options.indexOf(b.yearGroup) || a.pupilName.localeCompare(b.pupilName) || a.name.localeCompare(b.name));
  const week = weekTimetable(interventions, today);
  return {
    settingName,
    schoolYear: `${range.from.slice(0, 4)} to ${range.to.slice(0, 4)}`,
    range,
    today,
    lines: named,
    byArea: gridByArea(lines),
    byTier: gridByTier(lines, framework),
    totals: settingTotals(lines, framework),
    whatWorks: whatWorks(interventions, range),
    timetable: week.slots,
    unplaced: week.unplaced.map((i) => i.name),
    clashes: findClashes(week.slots, (id) => names.get(id) ?? "A pupil no longer on the register"),
  };
}

/** The headings every output of the provision map uses, so the screen, PDF and tests agree. */
export const PROVISION_MAP_HEADINGS = {
  byArea: "Provision map by year group and area of need",
  byTier: "Provision map by year group and tier",
  totals: "Whole-setting totals",
  whatWorks: "What works",
  timetable: "Staff deployment timetable",
  clashes: "Clashes",
  byYearGroup: "Provision by year group",
} as const;
