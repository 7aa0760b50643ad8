import type { EvidencePack } from "./pack-schema";

/**
 * "evidence-pack-p-t-2026-03-20.pdf": the pupil's initials, never their name (downloads lists and shared folders
 * show file names); "evidence-pack-pseudonymised-2026-03.pdf" for the de-identified pack, with no initials at all.
 */
export function packFileName(pack: EvidencePack, extension: "pdf" | "json"): string {
  if (pack.pseudonymised) return `evidence-pack-pseudonymised-${pack.cover.submissionDate}.${extension}`;
  const who = pack.pupil.initials
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `evidence-pack-${who || "pupil"}-${pack.cover.submissionDate}.${extension}`;
}
