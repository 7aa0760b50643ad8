import type { SenNeedCode, SenStatusCode } from "@/graduated-approach/census-codes";
import { addDays } from "@/graduated-approach/iso-date";
import type { Pupil, RankedNeed } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";
import { phaseForYearGroup, YearGroup, yearOffset } from "@/graduated-approach/year-group";
import { DEMO_LA_CODE, FAKE_FIRST_NAMES, FAKE_STAFF, FAKE_SURNAMES } from "./fake-names";
import type { Random } from "./prng";

/** Reception to Year 13: an all-through school with a sixth form. */
const DEMO_YEARS = YearGroup.options.filter((y) => yearOffset(y) >= 0 && yearOffset(y) <= 13);

/** Roughly the national mix of primary needs for pupils at SEN support and with EHC plans. */
const K_NEEDS: Partial<Record<SenNeedCode, number>> = {
  SLCN: 24, SEMH: 20, ASD: 12, MLD: 12, SPLD: 11, OTH: 4, PD: 3, HI: 2, VI: 1, SLD: 1, MSI: 0.5, DS: 0.5, NSA: 4,
};
const E_NEEDS: Partial<Record<SenNeedCode, number>> = {
  ASD: 33, SLCN: 20, SEMH: 15, SLD: 8, MLD: 7, PMLD: 3, PD: 4, SPLD: 3, HI: 2, VI: 1, MSI: 1, DS: 2, OTH: 1,
};

/** 1 September of the academic year that contains `today`. */
export function academicYearStart(today: string): number {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

export function demoPupil(index: number, rng: Random, today: string, id: string): Pupil {
  const status = rng.weighted<SenStatusCode>({ K: 60, E: 15, monitoring: 25 });
  const yearGroup = rng.pick(DEMO_YEARS);
  const start = academicYearStart(today);
  const offset = yearOffset(yearGroup);
  // A child in reception turns 5 during the year: born 1 September (start − 5) to 31 August (start − 4).
  const dateOfBirth = addDays(`${start - 5 - offset}-09-01`, rng.int(0, 364));
  const since = addDays(today, -rng.int(270, 900));
  const firstName = rng.pick(FAKE_FIRST_NAMES);
  const issueYear = String((start - offset) % 100).padStart(2, "0");
  const upnDigits = `${DEMO_LA_CODE}${9000 + Math.floor(index / 1000)}${issueYear}${String(index % 1000).padStart(3, "0")}`;

  return {
    id,
    firstName,
    lastName: rng.pick(FAKE_SURNAMES),
    dateOfBirth,
    yearGroup,
    phase: phaseForYearGroup(yearGroup),
    upn: rng.chance(0.95) ? syntheticUpn(upnDigits) : undefined,
    senStatus: { code: status, since },
    needs: demoNeeds(status, rng),
    tier: demoTier(status, rng),
    keyAdult: rng.pick([...FAKE_STAFF.ta, ...FAKE_STAFF.mentor, ...FAKE_STAFF.teacher]),
    consent: {
      recordedOn: since,
      byWhom: "Parent or carer (made-up demo family)",
      shareWith: rng.pick([["Class teacher", "Key adult"], ["Class teacher", "Key adult", "Educational psychologist"], ["Form tutor", "Head of year"]]),
      notes: "Demo record: no real consent exists because this pupil is made up.",
    },
    profile: {
      likeAndAdmire: `${firstName} is ${rng.pick(["funny and kind", "a loyal friend", "brilliant at building things", "full of ideas"])}.`,
      importantToMe: rng.pick(["My dog, my gran and football on Saturdays.", "Drawing dragons and knowing what happens next.", "Having my own space at the start of the day."]),
      howToSupportMe: rng.pick(["Give me one instruction at a time and show me.", "Warn me before things change.", "Let me show what I know by drawing or talking."]),
    },
    createdAt: `${since}T08:30:00.000Z`,
    updatedAt: `${today}T08:30:00.000Z`,
  };
}

function demoNeeds(status: SenStatusCode, rng: Random): RankedNeed[] {
  if (status === "monitoring" || status === "none") {
    if (!rng.chance(0.4)) return [];
    return [{ code: rng.weighted(withoutNsa(K_NEEDS)), rank: 1 }];
  }
  const primary = rng.weighted(status === "K" ? K_NEEDS : E_NEEDS);
  if (primary === "NSA" || rng.chance(0.6)) return [{ code: primary, rank: 1 }];
  const rest = withoutNsa(status === "K" ? K_NEEDS : E_NEEDS);
  delete rest[primary];
  return [{ code: primary, rank: 1 }, { code: rng.weighted(rest), rank: 2 }];
}

function withoutNsa(weights: Partial<Record<SenNeedCode, number>>): Partial<Record<SenNeedCode, number>> {
  const copy = { ...weights };
  delete copy.NSA;
  return copy;
}

function demoTier(status: SenStatusCode, rng: Random): string {
  if (status === "E") return rng.chance(0.9) ? "specialist" : "targeted-plus";
  if (status === "K") return rng.chance(0.65) ? "targeted" : "targeted-plus";
  return "universal";
}
