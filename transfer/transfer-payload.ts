import { z } from "zod";
import { Cycle } from "@/graduated-approach/cycle";
import { IsoDate } from "@/graduated-approach/iso-date";
import { StoredPupil } from "@/graduated-approach/pupil-upgrades";
import { Isp } from "@/support-plan/isp-schema";

export const TRANSFER_FORMAT = "send-companion-transfer";
export const TRANSFER_FORMAT_VERSION = 1;

/**
 * What a transfer file holds once opened (the file itself is encrypted with a passphrase the sending school
 * shares separately): the pupil's record with its one-page profile, every APDR cycle, and the ISP in the
 * format of docs/isp-format.md.
 */
export const TransferPayload = z.object({
  fromSetting: z.string().min(1),
  madeOn: IsoDate,
  pupil: StoredPupil,
  cycles: z.array(Cycle),
  isp: Isp,
});
export type TransferPayload = z.infer<typeof TransferPayload>;

/** "Transfer - T.M. - 2026-03-20.sendtransfer": initials only, so the file name says little about the pupil. */
export function transferFileName(payload: Pick<TransferPayload, "pupil" | "madeOn">): string {
  const initials = `${payload.pupil.firstName[0] ?? ""}.${payload.pupil.lastName[0] ?? ""}.`.toUpperCase();
  return `Transfer - ${initials} - ${payload.madeOn}.sendtransfer`;
}
