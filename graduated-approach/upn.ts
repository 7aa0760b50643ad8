import { z } from "zod";
import { checkUpn, normaliseUpn } from "./upn-check";

export { checkUpn, normaliseUpn, syntheticUpn, UPN_ALPHABET, upnCheckLetter, type UpnCheck } from "./upn-check";

/** A UPN: spaces removed and uppercased, then checked; the issue carries `checkUpn`'s message. */
export const Upn = z
  .string()
  .overwrite(normaliseUpn)
  .superRefine((value, ctx) => {
    const result = checkUpn(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.message });
  });
export type Upn = z.infer<typeof Upn>;
