import { BROAD_AREA_LABELS, type BroadArea } from "@/commitment-framework/broad-area";
import { SEN_NEED_CODES, SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { currentYearGroup } from "@/graduated-approach/current-year-group";
import type { Pupil } from "@/graduated-approach/pupil";
import { yearGroupLabel, type YearGroup } from "@/graduated-approach/year-group";
import { initialsOf } from "@/evidence-pack/pseudonymise";
import { mulberry32 } from "@/demo-school/prng";

export interface SampleEntry {
  pupilId: string;
  /** Initials and year group when de-identified (the default), else the full name. */
  label: string;
  yearGroup: YearGroup;
  area: string;
  status: string;
}

export interface SampleOptions {
  size: number;
  today: string;
  /** Changes which pupils are drawn, so a second draw gives another sample; the same seed gives the same one. */
  seed: number;
  deidentify: boolean;
}

const OTHER = "Other or not yet known";

/**
 * Draws a sample of pupils at SEN support or with an EHC plan for a governor or inspector visit, spread across
 * the areas of need and year groups: it takes one pupil from each area in turn, each time preferring a year
 * group not yet in the sample, so no area or year group dominates.
 */
export function drawCaseSample(pupils: readonly Pupil[], options: SampleOptions): SampleEntry[] {
  const eligible = pupils.filter((p) => !p.archivedOn && (p.senStatus.code === "K" || p.senStatus.code === "E"));
  const byArea = new Map<string, Pupil[]>();
  for (const pupil of shuffle(eligible, options.seed)) {
    const area = areaOf(pupil);
    byArea.set(area, [...(byArea.get(area) ?? []), pupil]);
  }
  const areas = [...byArea.keys()].sort();
  const chosen: Pupil[] = [];
  const years = new Set<YearGroup>();
  while (chosen.length < Math.min(options.size, eligible.length)) {
    for (const area of areas) {
      if (chosen.length >= options.size) break;
      const left = byArea.get(area)!;
      if (left.length === 0) continue;
      const index = Math.max(0, left.findIndex((p) => !years.has(currentYearGroup(p, options.today))));
      const [pupil] = left.splice(index, 1);
      chosen.push(pupil!);
      years.add(currentYearGroup(pupil!, options.today));
    }
  }
  return chosen.map((p) => {
    const yearGroup = currentYearGroup(p, options.today);
    return {
      pupilId: p.id,
      label: options.deidentify ? `${initialsOf(p)}, ${yearGroupLabel(yearGroup)}` : `${p.firstName} ${p.lastName}`,
      yearGroup,
      area: areaOf(p),
      status: SEN_STATUS_LABELS[p.senStatus.code],
    };
  });
}

function areaOf(pupil: Pupil): string {
  const primary = pupil.needs.find((n) => n.rank === 1);
  const area = primary ? SEN_NEED_CODES[primary.code].area : null;
  return area ? BROAD_AREA_LABELS[area as BroadArea] : OTHER;
}

/** A seeded shuffle, so the same seed always draws the same sample. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
