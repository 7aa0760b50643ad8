/** Lowercase words that belong to the surname that follows: "Anna van der Berg" → surname "van der Berg". */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "ter", "ten"]);

export interface NameParts {
  firstName: string;
  lastName: string;
}

/** "TESTPUPIL, Ada" → surname "TESTPUPIL", forename "Ada"; undefined when there is no single comma. */
export function splitCommaName(fullName: string): NameParts | undefined {
  const parts = fullName.split(",").map((part) => part.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { lastName: parts[0], firstName: parts[1] };
}

const isCapitals = (word: string) => /\p{Lu}/u.test(word) && word === word.toUpperCase() && word.replace(/[^\p{L}]/gu, "").length > 1;

/**
 * A best guess at forename and surname for pre-filling a form, which the SENCO then checks:
 * "TESTPUPIL, Ada"; "TESTPUPIL Ada" (surname in capitals first); "Ada Testpupil"; "Ada van der Berg".
 */
export function splitFullName(fullName: string): NameParts {
  const name = fullName.replace(/\s+/g, " ").trim();
  const comma = splitCommaName(name);
  if (comma) return comma;
  const words = name.split(" ").filter(Boolean);
  if (words.length < 2) return { firstName: "", lastName: name };
  const capitals = words.findIndex((word) => !isCapitals(word));
  if (capitals > 0) return { lastName: words.slice(0, capitals).join(" "), firstName: words.slice(capitals).join(" ") };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { firstName: words.slice(0, start).join(" "), lastName: words.slice(start).join(" ") };
}
