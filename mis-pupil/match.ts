/** Which pupil in the register a detected pupil is. Pure: takes minimal pupil shapes, not stored records. */
import { normaliseUpn } from "@/graduated-approach/upn-check";
import type { DetectedPupil } from "./detection";
import { nameKey } from "./name-key";

export { newPupilFromDetection, type PupilPrefill } from "./new-pupil-from-detection";

export interface MatchablePupil {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  upn?: string;
  archivedOn?: string;
}

/** Something the page shows about a pupil that their record says otherwise: the page's value and the record's. */
export interface Difference {
  field: "name" | "dateOfBirth";
  onPage: string;
  inRecord: string;
}

export type PupilMatch =
  | { kind: "match"; pupilId: string; by: "upn" | "name-and-birth" }
  /** The UPN is one pupil's, but the page's name or date of birth is not theirs: not opened on its own. */
  | { kind: "differs"; pupilId: string; differences: Difference[] }
  | { kind: "ambiguous"; pupilIds: string[] }
  | { kind: "none" };

/** Does the detected name (parts, or whole as "first last", "last, first" or "LAST first") name this pupil? */
function sameName(detected: DetectedPupil, pupil: MatchablePupil): boolean {
  const first = nameKey(pupil.firstName);
  const last = nameKey(pupil.lastName);
  if (detected.firstName && detected.lastName) {
    return nameKey(detected.firstName) === first && nameKey(detected.lastName) === last;
  }
  if (!detected.fullName) return false;
  const whole = nameKey(detected.fullName);
  return whole === first + last || whole === last + first;
}

/** The name shown on the page, however it was read; undefined when the page shows none. */
function detectedName(detected: DetectedPupil): string | undefined {
  const name = detected.fullName ?? [detected.firstName, detected.lastName].filter(Boolean).join(" ");
  return name.trim() === "" ? undefined : name;
}

/** Does the name the page shows, whole or one part only, fit this pupil? */
function nameFits(detected: DetectedPupil, pupil: MatchablePupil): boolean {
  if (detected.fullName || (detected.firstName && detected.lastName)) return sameName(detected, pupil);
  if (detected.firstName) return nameKey(detected.firstName) === nameKey(pupil.firstName);
  return nameKey(detected.lastName ?? "") === nameKey(pupil.lastName);
}

/** Where a UPN match's page disagrees with the record; fields the page does not show are not compared. */
function differencesFrom(detected: DetectedPupil, pupil: MatchablePupil): Difference[] {
  const found: Difference[] = [];
  const name = detectedName(detected);
  if (name && !nameFits(detected, pupil)) found.push({ field: "name", onPage: name, inRecord: `${pupil.firstName} ${pupil.lastName}` });
  if (detected.dateOfBirth && detected.dateOfBirth !== pupil.dateOfBirth) {
    found.push({ field: "dateOfBirth", onPage: detected.dateOfBirth, inRecord: pupil.dateOfBirth });
  }
  return found;
}

/** One pupil is a match; several are for the SENCO to choose between (even if some are archived). */
function pick(found: readonly MatchablePupil[], by: "upn" | "name-and-birth"): PupilMatch | undefined {
  if (found.length === 0) return undefined;
  if (found.length === 1) return { kind: "match", pupilId: found[0]!.id, by };
  return { kind: "ambiguous", pupilIds: found.map((pupil) => pupil.id) };
}

/**
 * The register's pupil for a detection. A UPN match wins, archived pupils included (a pupil who returns is
 * found), unless the page's name or date of birth is not that pupil's: then it "differs" and says how.
 * Otherwise name and date of birth together; a name alone never matches, since opening the wrong child's
 * record is worse than opening none. A pupil whose recorded UPN differs from the page's is not them.
 */
export function matchPupil(detected: DetectedPupil, pupils: readonly MatchablePupil[]): PupilMatch {
  const upn = detected.upn ? normaliseUpn(detected.upn) : undefined;
  const byUpn = upn ? pick(pupils.filter((pupil) => pupil.upn && normaliseUpn(pupil.upn) === upn), "upn") : undefined;
  if (byUpn?.kind === "match") {
    const pupil = pupils.find((p) => p.id === byUpn.pupilId)!;
    const differences = differencesFrom(detected, pupil);
    return differences.length > 0 ? { kind: "differs", pupilId: pupil.id, differences } : byUpn;
  }
  if (byUpn) return byUpn;
  if (!detected.dateOfBirth) return { kind: "none" };
  const candidates = pupils.filter((pupil) => pupil.dateOfBirth === detected.dateOfBirth
    && !(upn && pupil.upn && normaliseUpn(pupil.upn) !== upn)
    && sameName(detected, pupil));
  return pick(candidates, "name-and-birth") ?? { kind: "none" };
}
