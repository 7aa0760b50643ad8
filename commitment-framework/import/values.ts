import type { Phase } from "../schema-parts";

/** "£18.50", "18.5", "1,250" → a number of pounds; undefined when empty; NaN when not a number. */
export function readMoney(text: string | undefined): number | undefined {
  const t = (text ?? "").trim();
  if (!t) return undefined;
  const n = Number(t.replace(/^£/, "").replace(/,/g, "").replace(/\s*(an?|per) ?(hour|hr|week|wk)$/i, "").trim());
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Hours a week: a number, or "bespoke" for words such as "bespoke", "varies" or "individual". */
export function readHours(text: string | undefined): number | "bespoke" | undefined {
  const t = (text ?? "").trim();
  if (!t) return undefined;
  if (/bespoke|varies|variable|individual|as needed|tbc/i.test(t)) return "bespoke";
  const n = Number(t.replace(/\s*(hours?|hrs?)( a| per)?( week| wk)?$/i, "").trim());
  return Number.isFinite(n) && n >= 0 ? n : Number.NaN;
}

const PHASE_WORDS: [Phase, RegExp][] = [
  ["early-years", /early|eyfs|\bey\b|nursery|pre-?school/i],
  ["school", /school|primary|secondary|\bks[1-4]\b|key stage/i],
  ["post-16", /post.?16|\bfe\b|college|16.?25|sixth/i],
];

/** "EY, Primary" → early years and school; "All" → every phase the framework has; undefined for words it cannot read. */
export function readPhases(text: string | undefined, all: readonly Phase[]): Phase[] | undefined {
  const t = (text ?? "").trim();
  if (!t || /^(all|any|every|all phases)$/i.test(t)) return [...all];
  const found = PHASE_WORDS.filter(([, re]) => re.test(t)).map(([p]) => p);
  return found.length ? found : undefined;
}

/** A list written in one cell: split on semicolons, new lines or vertical bars. */
export function readList(text: string | undefined): string[] {
  return (text ?? "").split(/[;\n|]/).map((s) => s.trim()).filter(Boolean);
}

/** Links are usually short ids or names: commas split them too. */
export function readLinks(text: string | undefined): string[] {
  return (text ?? "").split(/[;,\n|]/).map((s) => s.trim()).filter(Boolean);
}

/** An id made from words: "Speech & language" → "speech-language". */
export function slug(text: string): string {
  const s = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9.]+/g, "-").replace(/^[-.]+|[-.]+$/g, "");
  return s || "x";
}
