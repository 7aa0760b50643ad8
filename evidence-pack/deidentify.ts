import type { EvidencePack } from "./pack-schema";

/** What replaces a withheld adult's name or the setting's name in a de-identified pack. */
export const WITHHELD = {
  adult: "[adult]",
  adultField: "Withheld: named in the full pack",
  setting: "the setting",
  settingField: "Withheld",
  date: "[date]",
  /** A word the SENCO asked to leave out (a sibling's name, a village, a club). */
  extra: "[redacted]",
} as const;

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z][\p{L}'’-]+\s+)?[A-Z][\p{L}'’-]+/gu;
const ISO_DAY = /^(\d{4}-\d{2})-\d{2}$/;
const ISO_DAY_IN_TEXT = /\b(\d{4}-\d{2})-\d{2}\b/g;
const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g;
const WRITTEN_DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS})(\\s+\\d{4})?\\b`, "g");

/** "7 to 9": the age band for a de-identified pack (three-year bands from 4; "under 4" and "19 and over" at the ends). */
export function ageBand(ageYears: number): string {
  if (ageYears < 4) return "under 4";
  if (ageYears >= 19) return "19 and over";
  const from = 4 + Math.floor((ageYears - 4) / 3) * 3;
  return `${from} to ${Math.min(from + 2, 18)}`;
}

/**
 * Makes a pseudonymised pack shareable: no adult's name (the fields that name adults are withheld, and any
 * name written with a title, or one of those adults' names, is replaced in free text), no setting name, every
 * date to the month only, and the age as a band. The pupil's own names are already initials (see pseudonymise.ts).
 */
export function deidentifyPack(pack: EvidencePack, settingName: string, extraRedactions: readonly string[] = []): EvidencePack {
  const adults = adultNames(pack);
  const scrub = textScrubber(adults, settingName, extraRedactions);
  const { ageYears, ...pupil } = pack.pupil;
  const withheld: EvidencePack = {
    ...pack,
    cover: { ...pack.cover, settingName: WITHHELD.settingField },
    pupil: {
      ...pupil,
      ageBand: ageBand(ageYears ?? 0),
      keyAdult: pupil.keyAdult.trim() ? WITHHELD.adultField : "",
      consent: { ...pupil.consent, byWhom: pupil.consent.byWhom.trim() ? WITHHELD.adultField : "" },
    },
    views: { ...pack.views, meetings: pack.views.meetings.map((m) => ({ ...m, attendees: m.attendees.trim() ? WITHHELD.adultField : "" })) },
    externalAdvice: pack.externalAdvice.map((a) => ({ ...a, adviser: a.adviser.trim() ? WITHHELD.adultField : "" })),
  };
  return mapStrings(withheld, scrub) as EvidencePack;
}

/** The names in the fields that name adults, with and without their titles. */
function adultNames(pack: EvidencePack): string[] {
  const fields = [
    pack.pupil.keyAdult,
    pack.pupil.consent.byWhom,
    ...pack.views.meetings.map((m) => m.attendees),
    ...pack.externalAdvice.map((a) => a.adviser),
  ];
  const names = new Set<string>();
  for (const field of fields) {
    for (const match of field.matchAll(TITLED_NAME)) {
      names.add(match[0]);
      const surname = match[0].split(/\s+/).at(-1);
      if (surname && surname.length > 2) names.add(surname);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whole words or phrases, longest first, as one pattern (undefined when there are none). */
function wordsPattern(words: readonly string[], flags: string): RegExp | null {
  const clean = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  return clean.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${clean.map(escape).join("|")})(?![\\p{L}\\p{N}])`, flags) : null;
}

function textScrubber(adults: readonly string[], settingName: string, extra: readonly string[]): (text: string) => string {
  const setting = settingName.trim() ? new RegExp(escape(settingName.trim()), "giu") : null;
  const named = wordsPattern(adults, "gu");
  const asked = wordsPattern(extra, "giu");
  return (text) => {
    const day = ISO_DAY.exec(text);
    if (day) return day[1]!;
    let out = setting ? text.replace(setting, WITHHELD.setting) : text;
    if (asked) out = out.replace(asked, WITHHELD.extra);
    out = out.replace(TITLED_NAME, WITHHELD.adult);
    if (named) out = out.replace(named, WITHHELD.adult);
    return out
      .replace(ISO_DAY_IN_TEXT, "$1")
      .replace(NUMERIC_DATE, WITHHELD.date)
      .replace(WRITTEN_DATE, (_all, month: string, year?: string) => `${month}${year ?? ""}`);
  };
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  return value;
}
