import type { Pupil } from "@/graduated-approach/pupil";

/** "Pip Testington" → "P.T." */
export function initialsOf(pupil: Pick<Pupil, "firstName" | "lastName">): string {
  return [pupil.firstName, pupil.lastName].map((n) => `${n.trim().charAt(0).toUpperCase()}.`).join("");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Replaces the pupil's names in free text with their initials, so a pseudonymised pack does not name the pupil
 * even where a SENCO wrote the name into a note. A name as a part of a longer word is left alone.
 */
export function nameRedactor(pupil: Pick<Pupil, "firstName" | "lastName">): (text: string) => string {
  const initials = initialsOf(pupil);
  const names = [`${pupil.firstName} ${pupil.lastName}`, pupil.firstName, pupil.lastName]
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return (text) => text.replace(pattern, initials);
}
