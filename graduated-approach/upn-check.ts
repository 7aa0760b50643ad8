/**
 * DfE Unique Pupil Number (UPN): 13 characters.
 *
 *   1      check letter
 *   2–4    local authority number
 *   5–8    establishment number
 *   9–10   year of issue
 *   11–13  serial number
 *
 * A permanent UPN has digits in characters 2–13. A temporary UPN has digits in 2–12 and a letter in 13.
 * Both forms are accepted. Letters (check letter and temporary final letter) come from the 23-letter
 * alphabet below: A–Z without I, O and S.
 *
 * Check letter: multiply character n (n = 2…13) by n, a letter in position 13 counting as its index in
 * the alphabet (A = 0, B = 1, … Z = 22); sum; the remainder on dividing by 23 indexes the alphabet.
 *
 * Not checked: whether characters 2–4 are a real LA number (the demo school uses the fake LA 999).
 */
export const UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

const UPN_LENGTH = 13;

export type UpnCheck = { ok: true; upn: string } | { ok: false; message: string };

/** Uppercase and remove spaces, so "a 801 2000 05001" reads as "A801200005001". */
export function normaliseUpn(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/**
 * The check letter for the 12 characters that follow it (digits, the last may be a temporary-UPN letter).
 * Throws a RangeError for anything else: callers with user input should use `checkUpn`.
 */
export function upnCheckLetter(twelveChars: string): string {
  const chars = normaliseUpn(twelveChars);
  if (!/^\d{11}[\dA-Z]$/.test(chars) || (/[A-Z]$/.test(chars) && !UPN_ALPHABET.includes(chars[11]!))) {
    throw new RangeError(`"${twelveChars}" is not 11 digits followed by a digit or a UPN letter`);
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = chars[i]!;
    const value = /\d/.test(ch) ? Number(ch) : UPN_ALPHABET.indexOf(ch);
    sum += value * (i + 2);
  }
  return UPN_ALPHABET[sum % 23]!;
}

/** Checks a UPN as typed by a person and explains any problem in words a SENCO can act on. */
export function checkUpn(value: string): UpnCheck {
  const upn = normaliseUpn(value);
  if (upn === "") return { ok: false, message: "Enter the UPN: a letter followed by 12 more characters." };
  if (upn.length !== UPN_LENGTH) {
    return {
      ok: false,
      message: `UPN ${upn} has ${upn.length} characters; a UPN has 13: a check letter then 12 more.`,
    };
  }
  if (!UPN_ALPHABET.includes(upn[0]!)) {
    return { ok: false, message: `UPN ${upn} must start with a check letter (A to Z, but not I, O or S).` };
  }
  for (let i = 1; i < 12; i++) {
    if (!/\d/.test(upn[i]!)) {
      return { ok: false, message: `UPN ${upn} must have digits in characters 2 to 12, but character ${i + 1} is "${upn[i]}".` };
    }
  }
  const last = upn[12]!;
  if (!/\d/.test(last) && !UPN_ALPHABET.includes(last)) {
    return {
      ok: false,
      message: `UPN ${upn} must end with a digit, or for a temporary UPN a letter other than I, O or S.`,
    };
  }
  const expected = upnCheckLetter(upn.slice(1));
  if (upn[0] !== expected) {
    return { ok: false, message: `UPN ${upn} has the wrong check letter: expected ${expected}.` };
  }
  return { ok: true, upn };
}

/** A permanent UPN for made-up pupils: the right check letter in front of 12 digits. */
export function syntheticUpn(twelveDigits: string): string {
  if (!/^\d{12}$/.test(twelveDigits)) throw new RangeError(`"${twelveDigits}" is not 12 digits`);
  return upnCheckLetter(twelveDigits) + twelveDigits;
}
