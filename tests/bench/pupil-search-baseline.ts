import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import type { PupilFilter } from "@/graduated-approach/pupil-filters";

/**
 * The register's text search as it was before issue 16 (text filter only): every keystroke lower-cased each
 * pupil's name again and sorted the matches with localeCompare. The baseline for the search bench and test.
 */
export function filterPupilsBefore(pupils: readonly Pupil[], _cyclesOf: (id: string) => readonly Cycle[], filter: PupilFilter): Pupil[] {
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return pupils
    .filter((p) => Boolean(p.archivedOn) === Boolean(filter.archived))
    .filter((p) => words.every((w) => `${p.firstName} ${p.lastName} ${p.upn ?? ""}`.toLowerCase().includes(w)))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

/** What a user types into the search box, one state per keystroke: a name letter by letter, then cleared. */
export function keystrokes(name: string): string[] {
  const typed = [...name].map((_, i) => name.slice(0, i + 1));
  return [...typed, ...typed.slice(0, -1).reverse(), ""];
}
