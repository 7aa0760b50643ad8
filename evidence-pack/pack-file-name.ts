import type { EvidencePack } from "./pack-schema";

/** "evidence-pack-pip-testington-2026-03-20.pdf", or with initials ("p-t") for the pseudonymised pack. */
export function packFileName(pack: EvidencePack, extension: "pdf" | "json"): string {
  const who = pack.pupil.displayName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const variant = pack.pseudonymised ? "-pseudonymised" : "";
  return `evidence-pack-${who || "pupil"}${variant}-${pack.cover.submissionDate}.${extension}`;
}
