import { z } from "zod";

/** The four broad areas of need in the SEND Code of Practice (6.28–6.35). Every need area of a framework sits in one. */
export const BroadArea = z.enum(["communication-interaction", "cognition-learning", "semh", "sensory-physical"]);
export type BroadArea = z.infer<typeof BroadArea>;

export const BROAD_AREA_LABELS: Record<BroadArea, string> = {
  "communication-interaction": "Communication and interaction",
  "cognition-learning": "Cognition and learning",
  semh: "Social, emotional and mental health",
  "sensory-physical": "Sensory and/or physical",
};

const CLUES: [BroadArea, RegExp][] = [
  ["communication-interaction", /communicat|interaction|speech|language|talk|autis|social communication|slcn|\basd\b|\basc\b/i],
  ["cognition-learning", /cognition|learning|literacy|numeracy|dyslex|memory|\bmld\b|\bspld\b/i],
  ["semh", /semh|emotion|mental health|behaviour|wellbeing|anxiety|social,? emotional/i],
  ["sensory-physical", /sensory|physical|hearing|vision|visual impair|motor|medical|mobility/i],
];

/**
 * The broad area a heading's own words point to, when exactly one does: "Speech and language" is
 * communication and interaction. Used to place areas of files that do not say; undefined when unsure.
 */
export function guessBroadArea(...words: (string | undefined)[]): BroadArea | undefined {
  const text = words.filter(Boolean).join(" ");
  const exact = BroadArea.safeParse(text.trim().toLowerCase());
  if (exact.success) return exact.data;
  const hits = CLUES.filter(([, clue]) => clue.test(text)).map(([area]) => area);
  return hits.length === 1 ? hits[0] : undefined;
}
