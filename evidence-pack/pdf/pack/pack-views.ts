import { longDate } from "@/graduated-approach/long-date";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import { heading, paragraph } from "../pdf-style";
import { orNone, type PackLayout, startSection, table } from "./pack-layout";

/** Advice from educational psychologists, therapists and specialist teachers, oldest first. */
export function drawAdvice(layout: PackLayout, pack: EvidencePack): void {
  const { doc } = layout;
  const y = startSection(layout, "External professional advice");
  if (pack.externalAdvice.length === 0) {
    paragraph(doc, "No advice from external professionals is recorded.", y);
    return;
  }
  table(doc, y, {
    head: [["Date", "From", "Recommendations"]],
    body: pack.externalAdvice.map((a) => [longDate(a.date), `${a.source}${a.adviser ? `\n${a.adviser}` : ""}\n(cycle ${a.cycleNumber})`, orNone(a.recommendations)]),
    columnStyles: { 0: { cellWidth: 26 }, 1: { cellWidth: 50 } },
  });
}

/** The pupil's and the family's views in their own words, and meetings with parents. */
export function drawViews(layout: PackLayout, pack: EvidencePack): number {
  const { doc } = layout;
  let y = startSection(layout, "The pupil's and parents' views");
  const viewTable = (views: EvidencePack["views"]["pupil"], empty: string, top: number) =>
    views.length
      ? table(doc, top, {
          head: [["When", "View"]],
          body: views.map((v) => [`Cycle ${v.cycleNumber} ${v.stage}\n${longDate(v.date)}`, v.text]),
          columnStyles: { 0: { cellWidth: 34 } },
        })
      : paragraph(doc, empty, top);
  y = heading(doc, "The pupil's views", y, 12);
  y = viewTable(pack.views.pupil, "No pupil view is recorded.", y);
  y = heading(doc, "The parents' or carers' views", y, 12);
  y = viewTable(pack.views.parent, "No parent or carer view is recorded.", y);
  y = heading(doc, "Meetings with parents or carers", y, 12);
  if (pack.views.meetings.length === 0) return paragraph(doc, "No meetings with parents are recorded.", y);
  return table(doc, y, {
    head: [["Date", "Who came", "Notes", "Agreed actions"]],
    body: pack.views.meetings.map((m) => [longDate(m.date), orNone(m.attendees, "-"), orNone(m.notes, "-"), orNone(m.agreedActions, "-")]),
    columnStyles: { 0: { cellWidth: 26 }, 1: { cellWidth: 36 }, 2: { cellWidth: "auto" }, 3: { cellWidth: 40 } },
  });
}

/** Attendance is kept in the MIS, not here: the pack says so rather than leave a gap. */
export function drawAttendance(layout: PackLayout, pack: EvidencePack, y: number): void {
  const top = startSection(layout, "Attendance", { newPage: false, y: y + 4 });
  paragraph(layout.doc, pack.attendance.note, top);
}
