import { WITHHELD } from "./deidentify";
import type { EvidencePack } from "./pack-schema";

/** Something in a de-identified pack's text that still looks identifying, and the section it is in. */
export interface StillThere {
  kind: "a name" | "a full date (perhaps a date of birth)" | "a UPN" | "a postcode";
  text: string;
  where: string;
}

export interface FinalCheck {
  /** What the de-identified pack leaves out, one plain sentence each. */
  leftOut: string[];
  /** What the text still holds that looks like a name, a date of birth, a UPN or a postcode: the SENCO decides. */
  stillThere: StillThere[];
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const RELATIVES =
  "brother|sister|sibling|twin|mum|mummy|mother|dad|daddy|father|stepmum|stepdad|step-mum|step-dad|aunt|auntie|aunty|uncle|nan|nana|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|cousin|friend|best friend|carer|foster carer|neighbour|called|named|known as";

/** "brother" or "Brother" (the name after it must still start with a capital, so the pattern cannot ignore case). */
const RELATIVE_WORDS = RELATIVES.split("|").map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join("|");

const PATTERNS: { kind: StillThere["kind"]; pattern: RegExp; group?: number }[] = [
  { kind: "a UPN", pattern: /\b[A-Z]\d{11}[0-9A-Z]\b/g },
  { kind: "a postcode", pattern: /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g },
  { kind: "a full date (perhaps a date of birth)", pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{2,4}\\b`, "gi") },
  { kind: "a full date (perhaps a date of birth)", pattern: new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "gi") },
  { kind: "a full date (perhaps a date of birth)", pattern: /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g },
  { kind: "a name", pattern: new RegExp(`\\b(?:${RELATIVE_WORDS})\\s+([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?)`, "gu"), group: 1 },
];

const SECTIONS: Record<string, string> = {
  cover: "Cover",
  pupil: "Pupil summary",
  needs: "Needs",
  cycles: "APDR cycles",
  provisionMap: "Costed provision map",
  externalAdvice: "External advice",
  views: "Pupil and parent views",
  ordinarilyAvailable: "Ordinarily available provision",
  readiness: "Readiness checklist",
};

/**
 * The final check before a de-identified pack is downloaded: what it leaves out (with how often each extra word
 * the SENCO asked for was found, counted in `before`, the pack before those words were taken out) and anything
 * in `after` that still looks like a name, a date of birth, a UPN or a postcode. It informs; the SENCO decides.
 */
export function finalCheck(before: EvidencePack, after: EvidencePack, extraRedactions: readonly string[]): FinalCheck {
  const leftOut = [
    `The pupil's name: initials only (${after.pupil.initials}).`,
    "The UPN and date of birth.",
    `Adults' names: the key adult, who gave consent, who came to meetings, advisers, and any name with a title (Mr, Mrs, Ms, Dr) in the notes become ${WITHHELD.adult}.`,
    `The setting's name, which becomes "${WITHHELD.setting}".`,
    "Exact dates: every date shows the month and year only.",
    `Age: shown as a band (${after.pupil.ageBand ?? "not known"}).`,
  ];
  const beforeText = allText(before).join("\n");
  for (const word of [...new Set(extraRedactions.map((w) => w.trim()).filter(Boolean))]) {
    const found = countWord(beforeText, word);
    leftOut.push(
      found === 0
        ? `"${word}": not found in the pack, so nothing was taken out for it.`
        : `"${word}": replaced by ${WITHHELD.extra} in ${found} ${found === 1 ? "place" : "places"}.`,
    );
  }
  return { leftOut, stillThere: scan(after) };
}

function scan(pack: EvidencePack): StillThere[] {
  const found = new Map<string, StillThere>();
  const visit = (value: unknown, where: string) => {
    if (typeof value === "string") {
      for (const { kind, pattern, group } of PATTERNS) {
        for (const match of value.matchAll(pattern)) {
          const text = (group ? match[group] : match[0]) ?? match[0];
          found.set(`${kind}|${text}|${where}`, { kind, text, where });
        }
      }
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, where));
    else if (value && typeof value === "object") Object.values(value).forEach((v) => visit(v, where));
  };
  for (const [key, value] of Object.entries(pack)) {
    if (key === "sensitivity" || key === "kind") continue;
    visit(value, SECTIONS[key] ?? key);
  }
  return [...found.values()];
}

function allText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === "object") return Object.values(value).flatMap(allText);
  return [];
}

function countWord(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"))].length;
}
