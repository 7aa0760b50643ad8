import { longDate } from "@/graduated-approach/long-date";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { heading, paragraph } from "../pdf-style";
import { pdfSafe } from "../pdf-text";
import { dateOr, keyValues, orNone, type PackLayout, startSection, table } from "./pack-layout";

/** Who the pupil is, their one-page profile and consent. */
export function drawPupilSummary(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const p = pack.pupil;
  let y = startSection(layout, "Pupil summary");
  const identity: [string, string][] = pack.pseudonymised
    ? [["Pupil", `${p.initials} (pseudonymised)`], ["Age", `${p.ageBand ?? ""} years`]]
    : [["Name", p.displayName], ["Date of birth", longDate(p.dateOfBirth)], ["Age", `${p.ageYears} years`], ["UPN", p.upn ?? "Not recorded"]];
  y = keyValues(doc, y, [
    ...identity,
    ["Year group and phase", `${p.yearGroup}, ${p.phase}`],
    ["SEN status", `${p.senStatus}${p.senStatusSince ? ` since ${longDate(p.senStatusSince)}` : ""}`],
    ["Tier of support", p.tier],
    ["Key adult", p.keyAdult],
  ]);
  y = heading(doc, "One-page profile", y, 12);
  y = keyValues(doc, y, [
    ["What people like and admire about me", orNone(p.profile.likeAndAdmire, "Not written yet")],
    ["What is important to me", orNone(p.profile.importantToMe, "Not written yet")],
    ["How best to support me", orNone(p.profile.howToSupportMe, "Not written yet")],
  ]);
  y = heading(doc, "Consent to share information", y, 12);
  keyValues(doc, y, [
    ["Recorded on", dateOr(p.consent.recordedOn, "Not recorded")],
    ["Given by", p.consent.byWhom],
    ["May be shared with", p.consent.shareWith.join(", ")],
    ["Notes", p.consent.notes],
  ]);
}

/** Census codes and, per broad area, the most recent strengths and needs. */
export function drawNeeds(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  let y = startSection(layout, "Needs by area");
  y = heading(doc, "Census SEN type", y, 12);
  y = pack.needs.census.length
    ? table(doc, y, {
        head: [["Rank", "Code", "Need", "Broad area of need"]],
        body: pack.needs.census.map((n) => [n.rank === 1 ? "Primary" : "Secondary", n.code, n.label, n.area]),
        columnStyles: { 0: { cellWidth: 22 }, 1: { cellWidth: 16 } },
      })
    : paragraph(doc, "No census SEN type recorded.", y);
  if (pack.needs.descriptors?.length) {
    y = heading(doc, "Need descriptors that fit", y, 12);
    if (pack.needs.descriptorLevel) y = paragraph(doc, pdfSafe(`Together they point to ${pack.needs.descriptorLevel}.`), y);
    y = table(doc, y, {
      head: [["Descriptor", "Area", "Level (tier)"]],
      body: pack.needs.descriptors.map((d) => [pdfSafe(`${d.text} (${d.id})`), pdfSafe(d.area), pdfSafe(d.level)]),
      columnStyles: { 1: { cellWidth: 40 }, 2: { cellWidth: 36 } },
    });
  }
  y = heading(doc, "Strengths and needs in each area", y, 12);
  if (pack.needs.areas.length === 0) {
    paragraph(doc, "No strengths or needs have been written by area yet.", y);
    return;
  }
  table(doc, y, {
    head: [["Area", "Strengths", "Needs"]],
    body: pack.needs.areas.map((a) => [pdfSafe(`${a.area}\n(cycle ${a.fromCycle})`), orNone(a.strengths), orNone(a.needs)]),
    columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 54 }, 2: { cellWidth: "auto" } },
  });
}
