import type { BlockDocument } from "@/document-blocks/blocks";
import { longDate } from "@/graduated-approach/long-date";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import type { SampleEntry } from "./draw-sample";

/** The list of a drawn sample, for the visit's paperwork: who (de-identified by default), year, area, status. */
export function sampleDocument(entries: readonly SampleEntry[], settingName: string, today: string): BlockDocument {
  return {
    title: `Case sample: ${settingName}`,
    footer: `Case sample, ${longDate(today)}`,
    blocks: [
      { kind: "title", text: "Case sample for a visit" },
      { kind: "paragraph", text: `${entries.length} pupils at SEN support or with an EHC plan, drawn on ${longDate(today)} across areas of need and year groups.` },
      { kind: "table", head: ["Pupil", "Year group", "Area of need", "SEN status"], rows: entries.map((e) => [e.label, yearGroupLabel(e.yearGroup), e.area, e.status]) },
    ],
  };
}
