import { checkUpn, normaliseUpn, upnCheckLetter } from "@/graduated-approach/upn-check";

/**
 * Anything shaped like a UPN: a capital letter, 11 digits, then a digit or letter, standing alone. Single
 * spaces between characters are allowed, so "A 999 2001 15 001" is read too.
 */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Z](?:[ \u00a0]?\d){11}[ \u00a0]?[0-9A-Z](?![A-Za-z0-9])/g;

/** Right shape (letter, 11 digits, digit or UPN letter) but possibly the wrong check letter. */
const UPN_SHAPE = /^[A-Z]\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;

export interface UpnsFound {
  /** Distinct valid UPNs, in the order they first appear. */
  valid: string[];
  /** Shaped like a UPN, but the check letter does not add up: an ID of some other kind, or a typo. */
  wrongCheckLetter: { upn: string; expected: string }[];
}

/** The check letter `upn` should have, when it has a UPN's shape and not that letter. */
export function expectedCheckLetter(upn: string): string | undefined {
  const value = normaliseUpn(upn);
  if (!UPN_SHAPE.test(value)) return undefined;
  const expected = upnCheckLetter(value.slice(1));
  return expected === value[0] ? undefined : expected;
}

export function findUpns(text: string): UpnsFound {
  const valid = new Set<string>();
  const wrongCheckLetter: UpnsFound["wrongCheckLetter"] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const upn = normaliseUpn(match[0]);
    const check = checkUpn(upn);
    if (check.ok) valid.add(check.upn);
    else {
      const expected = expectedCheckLetter(upn);
      if (expected) wrongCheckLetter.push({ upn, expected });
    }
  }
  return { valid: [...valid], wrongCheckLetter };
}
