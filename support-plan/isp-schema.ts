import { z } from "zod";
import { SenNeedCode, SenStatusCode } from "@/graduated-approach/census-codes";
import { IsoDate } from "@/graduated-approach/iso-date";
import { Upn } from "@/graduated-approach/upn";
import { YearGroup } from "@/graduated-approach/year-group";

/**
 * SEND Companion's Individual Support Plan, format version 1 (docs/isp-format.md). The national ISP format
 * proposed by the 2026 SEND reform is not yet published (docs/reform.md), so this is our own, versioned.
 */
export const ISP_FORMAT = "send-companion-isp";
export const ISP_FORMAT_VERSION = 1;

const Line = z.string();

export const IspPupil = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: IsoDate,
  upn: Upn.optional(),
  yearGroup: YearGroup,
  senStatus: SenStatusCode,
  /** Census needs, primary first, with their DfE descriptions. */
  needs: z.array(z.object({ code: SenNeedCode, rank: z.union([z.literal(1), z.literal(2)]), description: Line })),
});

export const IspOutcome = z.object({
  area: Line,
  what: Line,
  baseline: Line,
  target: Line,
  howMeasured: Line,
  byWhen: IsoDate.optional(),
});

export const IspProvision = z.object({
  title: Line,
  area: Line,
  /** "plan" for the pupil's own provision, "group" for a group intervention the pupil is on. */
  kind: z.enum(["plan", "group"]),
  who: Line,
  /** When it happens, in words: "2 sessions a week, 30 minutes, Monday and Wednesday at 09:15, Library". */
  when: Line,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const IspResponsibility = z.object({ who: Line, what: Line, when: Line });

export const IspReviews = z.object({
  /** The review date the plan sets. */
  planned: IsoDate.optional(),
  /** The latest review held, of any cycle. */
  lastHeld: IsoDate.optional(),
  /** The latest date the next review may be: a year after the last one held (or after the plan started). */
  dueByAtLatest: IsoDate,
  /** Meetings with the parents or carers in the last twelve months. */
  parentMeetings: z.array(z.object({ date: IsoDate, attendees: Line })),
});

export const IspInvolvement = z.object({
  parentView: Line,
  pupilView: Line,
  parentsInvolved: z.boolean(),
  pupilInvolved: z.boolean(),
});

export const Isp = z.object({
  format: z.literal(ISP_FORMAT),
  formatVersion: z.literal(ISP_FORMAT_VERSION),
  /** Always says the national format is not yet published, so a reader never mistakes this for it. */
  nationalFormat: z.literal("not yet published"),
  madeOn: IsoDate,
  setting: z.object({ name: z.string().min(1) }),
  pupil: IspPupil,
  /** The layer of support, from the pupil's tier in the setting's framework. */
  layer: z.object({ tierId: z.string().min(1), name: Line }),
  /** The APDR cycle the plan is drawn from. */
  cycle: z.object({ number: z.number().int().min(1), openedOn: IsoDate }),
  profile: z.object({ likeAndAdmire: Line, importantToMe: Line, howToSupportMe: Line }),
  needs: z.array(z.object({ area: Line, strengths: Line, needs: Line })),
  outcomes: z.array(IspOutcome),
  provision: z.array(IspProvision),
  responsibilities: z.array(IspResponsibility),
  reviews: IspReviews,
  involvement: IspInvolvement,
  keyAdult: Line,
});
export type Isp = z.infer<typeof Isp>;
