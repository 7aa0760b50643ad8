import { z } from "zod";
import { Phase } from "@/commitment-framework/schema";
import { SEN_NEED_CODES, SenNeedCode, SenStatusCode, type BroadArea } from "./census-codes";
import { FrameworkRef, Id, Notes, Text } from "./fields";
import { IsoDate, IsoDateTime } from "./iso-date";
import { PackExport } from "./pack-export";
import { ParentMeeting } from "./parent-meeting";
import { PupilChange } from "./pupil-history";
import { Upn } from "./upn";
import { YearGroup } from "./year-group";

export const SenStatus = z.object({
  code: SenStatusCode,
  /** When the pupil took this status; unknown for records imported without it. */
  since: IsoDate.optional(),
});
export type SenStatus = z.infer<typeof SenStatus>;

/** One census SEN type, ranked: 1 is the primary need, 2 the secondary. */
export const RankedNeed = z.object({
  code: SenNeedCode,
  rank: z.union([z.literal(1), z.literal(2)]),
});
export type RankedNeed = z.infer<typeof RankedNeed>;

export const Consent = z.object({
  recordedOn: IsoDate.optional(),
  byWhom: Notes,
  /** Roles or people who may see this record, e.g. "Class teacher", "Educational psychologist". */
  shareWith: z.array(Text).default([]),
  notes: Notes,
});
export type Consent = z.infer<typeof Consent>;

/** The one-page profile, in the pupil's and family's words. */
export const OnePageProfile = z.object({
  likeAndAdmire: Notes,
  importantToMe: Notes,
  howToSupportMe: Notes,
});
export type OnePageProfile = z.infer<typeof OnePageProfile>;

export const Pupil = z
  .object({
    id: Id,
    firstName: Text,
    lastName: Text,
    dateOfBirth: IsoDate,
    /** The year group when the record was last saved; the current one comes from `cohort` (see cohort.ts). */
    yearGroup: YearGroup,
    /**
     * The September the pupil started (or starts) reception, so the year group rolls over each 1 September.
     * From the date of birth, or from the year group the school teaches them in when that differs.
     */
    cohort: z.number().int().min(1900).max(2200).optional(),
    phase: Phase,
    upn: Upn.optional(),
    senStatus: SenStatus,
    needs: z.array(RankedNeed).max(2, "A pupil can have at most two ranked needs: a primary and a secondary.").default([]),
    /** Needs an MIS ranked third or lower (a CTF can list more than two); the census reports only the first two. */
    furtherNeeds: z.array(SenNeedCode).optional(),
    /** Id of the pupil's current tier in the loaded framework, e.g. "targeted". */
    tier: FrameworkRef,
    keyAdult: Notes,
    consent: Consent.prefault({}),
    profile: OnePageProfile.prefault({}),
    archivedOn: IsoDate.optional(),
    /** Meetings with parents or carers. Optional so records saved before meetings existed still parse. */
    meetings: z.array(ParentMeeting).optional(),
    /** Status and tier changes, for the timeline. Optional for the same reason. */
    history: z.array(PupilChange).optional(),
    /** Ids of the imports that added or changed this record, oldest first (the last ten), to find or undo one. */
    importIds: z.array(z.string().min(1)).max(10).optional(),
    /** Evidence packs exported for this pupil, oldest first. Optional so older records still parse. */
    exports: z.array(PackExport).optional(),
    /** Ids of the framework's need descriptors the SENCO ticked as fitting the pupil. Optional so older records still parse. */
    descriptors: z.array(FrameworkRef).optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((pupil, ctx) => checkNeeds(pupil.needs, pupil.senStatus.code, ctx));
export type Pupil = z.infer<typeof Pupil>;

function checkNeeds(needs: RankedNeed[], status: SenStatusCode, ctx: z.RefinementCtx) {
  needs.forEach((need, i) => {
    if (need.code === "NSA" && status !== "K") {
      ctx.addIssue({
        code: "custom",
        path: ["needs", i, "code"],
        message: "NSA (no specialist assessment) can only be used for a pupil at SEN support (K).",
      });
    }
    if (need.code === "NSA" && needs.length > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["needs", i, "code"],
        message: "NSA means the type of need is not yet known, so it cannot sit beside another need.",
      });
    }
  });
  const [first, second] = needs;
  if (first && first.rank !== 1) {
    ctx.addIssue({ code: "custom", path: ["needs", 0, "rank"], message: "The first need must be the primary need (rank 1)." });
  }
  if (second && second.rank !== 2) {
    ctx.addIssue({ code: "custom", path: ["needs", 1, "rank"], message: "The second need must be the secondary need (rank 2)." });
  }
  if (first && second && first.code === second.code) {
    ctx.addIssue({
      code: "custom",
      path: ["needs", 1, "code"],
      message: `${second.code} is already the primary need; choose a different secondary need or remove it.`,
    });
  }
}

/** The pupil's primary need, if one is recorded. */
export function primaryNeed(pupil: Pick<Pupil, "needs">): SenNeedCode | undefined {
  return pupil.needs.find((n) => n.rank === 1)?.code;
}

/** The broad areas of need of the pupil's census needs, primary first. */
export function pupilBroadAreas(pupil: Pick<Pupil, "needs">): BroadArea[] {
  return pupil.needs.map((n) => SEN_NEED_CODES[n.code].area).filter((a): a is BroadArea => a !== null);
}
