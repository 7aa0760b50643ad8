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

export type PupilMatch =
  | { kind: "match"; pupilId: string; by: "upn" | "name-and-birth" }
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

/** One pupil is a match; several are for the SENCO to choose between (even if some are archived). */
function pick(found: readonly MatchablePupil[], by: "upn" | "name-and-birth"): PupilMatch | undefined {
  if (found.length === 0) return undefined;
  if (found.length === 1) return { kind: "match", pupilId: found[0]!.id, by };
  return { kind: "ambiguous", pupilIds: found.map((pupil) => pupil.id) };
}

/**
 * The register's pupil for a detection. A UPN match wins, archived pupils included (a pupil who returns is
 * found). Otherwise name and date of birth together; a name alone never matches, since opening the wrong
 * child's record is worse than opening none. A pupil whose recorded UPN differs from the page's is not them.
 */
export function matchPupil(detected: DetectedPupil, pupils: readonly MatchablePupil[]): PupilMatch {
  const upn = detected.upn ? normaliseUpn(detected.upn) : undefined;
  const byUpn = upn ? pick(pupils.filter((pupil) => pupil.upn && normaliseUpn(pupil.upn) === upn), "upn") : undefined;
  if (byUpn) return byUpn;
  if (!detected.dateOfBirth) return { kind: "none" };
  const candidates = pupils.filter((pupil) => pupil.dateOfBirth === detected.dateOfBirth
    && !(upn && pupil.upn && normaliseUpn(pupil.upn) !== upn)
    && sameName(detected, pupil));
  return pick(candidates, "name-and-birth") ?? { kind: "none" };
}
