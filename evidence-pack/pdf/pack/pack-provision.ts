import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { paragraph } from "../pdf-style";
import { orNone, type PackLayout, startSection, table } from "./pack-layout";

/** The latest plan's provision with its yearly cost, against the framework's SEN support threshold. */
export function drawProvisionMap(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const map = pack.provisionMap;
  let y = startSection(layout, "Costed provision map");
  if (map.rows.length === 0 && map.groups.length === 0) {
    paragraph(doc, "The latest plan has no provision yet.", y);
    return;
  }
  if (map.rows.length === 0) {
    y = paragraph(doc, "The latest plan has no provision of its own; the pupil's group interventions follow.", y);
    drawGroups(layout, pack, y);
    return;
  }
  y = paragraph(doc, `From the plan in cycle ${map.fromCycle}. The yearly cost for this pupil is hours a week x weeks x the hourly cost of the adult's time, shared across the group.`, y);
  y = table(doc, y, {
    head: [["Provision", "Who", "Hours a week", "Weeks", "Group", "Per hour", "A year"]],
    body: map.rows.map((r) => [`${r.title}\n(${r.area}${r.level ? `; ${r.level}` : ""})`, orNone(r.who, "Not named"), String(r.hoursPerWeek), String(r.weeks), String(r.groupSize), formatPounds(r.hourlyCost), formatPounds(r.yearlyCost)]),
    foot: [[map.groups.length ? "Plan total a year" : "Total a year", "", "", "", "", "", formatPounds(map.rows.reduce((sum, r) => sum + r.yearlyCost, 0))]],
    footStyles: { fillColor: [243, 242, 241], textColor: [11, 12, 12], fontStyle: "bold" },
    columnStyles: { 2: { halign: "right", cellWidth: 16 }, 3: { halign: "right", cellWidth: 14 }, 4: { halign: "right", cellWidth: 14 }, 5: { halign: "right", cellWidth: 18 }, 6: { halign: "right", cellWidth: 20 } },
  });
  if (map.groups.length) y = drawGroups(layout, pack, y + 4);
  if (map.threshold && map.difference !== undefined) {
    const sentence = map.comparison === "over"
      ? `${formatPounds(map.total)} a year is ${formatPounds(map.difference)} over the SEN support threshold of ${formatPounds(map.threshold.amount)}.`
      : `${formatPounds(map.total)} a year is ${formatPounds(-map.difference)} below the SEN support threshold of ${formatPounds(map.threshold.amount)}.`;
    paragraph(doc, `${sentence} ${map.threshold.description} The threshold is a guide to funding, not a test for an assessment.`, y);
  }
}

/** The pupil's group interventions: their share of each group's cost this school year, sessions, and their own entry and exit values. */
function drawGroups(layout: PackLayout, pack: EvidencePack, top: number): number {
  const { doc } = layout;
  const map = pack.provisionMap;
  const y = paragraph(doc, "Group interventions this school year. Each delivered session's cost is shared by the pupils in the group that day; this is the pupil's share.", top);
  const values = (g: EvidencePack["provisionMap"]["groups"][number]) =>
    g.measure ? `${g.measure}${g.unit ? ` (${g.unit})` : ""}: ${g.entry ?? "-"} to ${g.exit ?? "-"}${g.progress !== undefined ? `, progress ${g.progress > 0 ? "+" : ""}${g.progress}` : ""}` : "No measure";
  const end = table(doc, y, {
    head: [["Group intervention", "Who", "Sessions attended", "Entry and exit", "Share of cost"]],
    body: map.groups.map((g) => [`${g.name}\n(from ${longDate(g.joined)}${g.left ? ` to ${longDate(g.left)}` : ""})`, g.who, `${g.attended} of ${g.delivered}`, values(g), formatPounds(g.share)]),
    foot: [["Total with the plan's provision", "", "", "", formatPounds(map.total)]],
    footStyles: { fillColor: [243, 242, 241], textColor: [11, 12, 12], fontStyle: "bold" },
    columnStyles: { 1: { cellWidth: 30 }, 2: { halign: "right", cellWidth: 20 }, 3: { cellWidth: 56 }, 4: { halign: "right", cellWidth: 20 } },
  });
  return end;
}

/** What the setting already offers every pupil with these needs, from its latest self-audit. */
export function drawOrdinarilyAvailable(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const oap = pack.ordinarilyAvailable;
  let y = startSection(layout, "Ordinarily available provision in this setting");
  if (!oap) {
    paragraph(doc, "The setting has not completed a self-audit against the framework yet, so its ordinarily available provision is not shown.", y);
    return;
  }
  y = paragraph(doc, `From the setting's self-audit of ${longDate(oap.auditDate ?? "")}: statements in this pupil's areas of need that the setting rated ${oap.levels.join(" or ")}. This is what the setting offers before any provision made for this pupil alone.`, y);
  if (oap.statements.length === 0) {
    paragraph(doc, "No statement in these areas was rated at the top two levels.", y);
    return;
  }
  table(doc, y, {
    head: [["Statement", "Area", "Tier", "Rating", "Evidence"]],
    body: oap.statements.map((s) => [`${s.text} (${s.id})`, s.area, s.tier, s.rating, orNone(s.evidence, "-")]),
    columnStyles: { 0: { cellWidth: 70 }, 1: { cellWidth: 28 }, 2: { cellWidth: 20 }, 3: { cellWidth: 18 } },
  });
}
