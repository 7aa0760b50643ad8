import type { Block, BlockDocument } from "@/document-blocks/blocks";
import { SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { longDate } from "@/graduated-approach/long-date";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import { ISP_HEADINGS as H, NOT_NATIONAL_NOTE } from "./isp-headings";
import type { Isp } from "./isp-schema";

const orNone = (text: string, none = "Not recorded") => text.trim() || none;

/** The full ISP for staff, governors and the next setting. */
export function ispDocument(isp: Isp): BlockDocument {
  const name = `${isp.pupil.firstName} ${isp.pupil.lastName}`;
  const blocks: Block[] = [
    { kind: "title", text: `Individual support plan: ${name}` },
    { kind: "note", text: NOT_NATIONAL_NOTE },
    { kind: "heading", text: H.about },
    {
      kind: "table",
      head: ["", ""],
      rows: [
        ["Setting", isp.setting.name],
        ["Date of birth", longDate(isp.pupil.dateOfBirth)],
        ["Year group", yearGroupLabel(isp.pupil.yearGroup)],
        ...(isp.pupil.upn ? [["UPN", isp.pupil.upn]] : []),
        ["Layer of support", isp.layer.name],
        ["SEN status", SEN_STATUS_LABELS[isp.pupil.senStatus]],
        ["Needs (census)", isp.pupil.needs.map((n) => `${n.rank === 1 ? "Primary" : "Secondary"}: ${n.description}`).join("; ") || "None recorded"],
        ["Key adult", orNone(isp.keyAdult, "Not named")],
        ["Drawn from", `Cycle ${isp.cycle.number}, opened ${longDate(isp.cycle.openedOn)}; made ${longDate(isp.madeOn)}`],
      ],
    },
    { kind: "heading", text: H.profile },
    { kind: "subheading", text: "What people like and admire about me" },
    { kind: "paragraph", text: orNone(isp.profile.likeAndAdmire) },
    { kind: "subheading", text: "What is important to me" },
    { kind: "paragraph", text: orNone(isp.profile.importantToMe) },
    { kind: "subheading", text: "How best to support me" },
    { kind: "paragraph", text: orNone(isp.profile.howToSupportMe) },
    { kind: "heading", text: H.needs },
    isp.needs.length
      ? { kind: "table", head: ["Area", "Strengths", "Needs"], rows: isp.needs.map((n) => [n.area, orNone(n.strengths), orNone(n.needs)]) }
      : { kind: "paragraph", text: "No strengths and needs recorded in this cycle's assessment." },
    { kind: "heading", text: H.outcomes },
    isp.outcomes.length
      ? { kind: "table", head: ["Area", "Outcome", "From (baseline)", "To (target)", "How measured", "By"], rows: isp.outcomes.map((o) => [o.area, o.what, o.baseline, o.target, o.howMeasured, o.byWhen ? longDate(o.byWhen) : ""]) }
      : { kind: "paragraph", text: "No outcomes in the plan yet." },
    { kind: "heading", text: H.provision },
    isp.provision.length
      ? { kind: "table", head: ["Provision", "Area", "Kind", "Who", "When"], rows: isp.provision.map((p) => [p.title, p.area, p.kind === "group" ? "Group intervention" : "In the plan", orNone(p.who, "Not named"), p.when]) }
      : { kind: "paragraph", text: "No provision in the plan yet." },
    { kind: "heading", text: H.responsibilities },
    { kind: "table", head: ["Who", "Does what", "When"], rows: isp.responsibilities.map((r) => [r.who, r.what, r.when]) },
    { kind: "heading", text: H.reviews },
    {
      kind: "bullets",
      items: [
        isp.reviews.planned ? `Next review in the plan: ${longDate(isp.reviews.planned)}.` : "The plan has no review date yet.",
        isp.reviews.lastHeld ? `Last review held: ${longDate(isp.reviews.lastHeld)}.` : "No review held yet.",
        `Reviewed at least once a year: the next review is due by ${longDate(isp.reviews.dueByAtLatest)} at the latest.`,
        isp.reviews.parentMeetings.length
          ? `Meetings with parents or carers in the last year: ${isp.reviews.parentMeetings.map((m) => `${longDate(m.date)}${m.attendees ? ` (${m.attendees})` : ""}`).join("; ")}.`
          : "No meeting with parents or carers recorded in the last year.",
      ],
    },
    { kind: "heading", text: H.involvement },
    { kind: "subheading", text: `Parents' or carers' view (${isp.involvement.parentsInvolved ? "involved" : "not yet involved"})` },
    { kind: "paragraph", text: orNone(isp.involvement.parentView) },
    { kind: "subheading", text: `The pupil's view (${isp.involvement.pupilInvolved ? "involved" : "not yet involved"})` },
    { kind: "paragraph", text: orNone(isp.involvement.pupilView) },
  ];
  return { title: `Individual support plan: ${name}`, footer: `Individual support plan: ${name} (SEND Companion format 1)`, blocks };
}
