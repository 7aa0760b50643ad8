import type { Block, BlockDocument } from "@/document-blocks/blocks";
import { longDate } from "@/graduated-approach/long-date";
import { NOT_NATIONAL_NOTE, PLAIN_HEADINGS as H } from "./isp-headings";
import type { Isp } from "./isp-schema";

/** Body size of the plain-language version, in points: large type. */
export const PLAIN_BODY_SIZE = 16;

const sentence = (text: string) => {
  const t = text.trim();
  return t && !/[.!?]$/.test(t) ? `${t}.` : t;
};

/**
 * The plan in plain language for the pupil and their parents or carers: short sentences, large type,
 * "what we will do" and "how you can help". First name only.
 */
export function ispPlainDocument(isp: Isp): BlockDocument {
  const name = isp.pupil.firstName;
  const blocks: Block[] = [
    { kind: "title", text: `${name}'s support plan` },
    { kind: "paragraph", text: `This is ${name}'s plan at ${isp.setting.name}. It says what we will do to help, and how you can help too.` },
    { kind: "heading", text: H.me },
    ...[isp.profile.likeAndAdmire, isp.profile.importantToMe, isp.profile.howToSupportMe]
      .filter((t) => t.trim())
      .map((t): Block => ({ kind: "paragraph", text: sentence(t) })),
    { kind: "heading", text: H.goals },
    isp.outcomes.length
      ? { kind: "bullets", items: isp.outcomes.map((o) => sentence(`${o.what}${o.byWhen ? ` by ${longDate(o.byWhen)}` : ""}`)) }
      : { kind: "paragraph", text: "We will agree this together." },
    { kind: "heading", text: H.weDo },
    isp.provision.length
      ? { kind: "bullets", items: isp.provision.map((p) => [sentence(p.title), p.who.trim() ? sentence(`With ${p.who.trim()}`) : "", sentence(p.when)].filter(Boolean).join(" ")) }
      : { kind: "paragraph", text: "We will agree this together." },
    { kind: "heading", text: H.youHelp },
    { kind: "bullets", items: howYouCanHelp(isp) },
    { kind: "heading", text: H.meet },
    {
      kind: "bullets",
      items: [
        isp.reviews.planned ? `We will look at this plan together by ${longDate(isp.reviews.planned)}.` : "We will tell you the date of the next meeting.",
        "We look at it together at least once a year.",
        `${name} can tell us what they think. So can you.`,
      ],
    },
    { kind: "note", text: NOT_NATIONAL_NOTE },
  ];
  return { title: `${name}'s support plan`, footer: `${name}'s support plan`, blocks };
}

function howYouCanHelp(isp: Isp): string[] {
  const parentActions = isp.responsibilities.filter((r) => r.who === "Parents or carers").map((r) => sentence(r.what));
  const keyAdult = isp.keyAdult.trim();
  return [
    ...parentActions,
    "Tell us what is going well at home. Tell us what is hard.",
    keyAdult ? `Talk to ${keyAdult} if you have a question.` : "Talk to the SENCO if you have a question.",
    `${isp.pupil.firstName}: tell an adult you trust when something is hard.`,
  ];
}
