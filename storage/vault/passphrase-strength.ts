/** The shortest passphrase the vault and backups accept, counted in characters. */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface PassphraseStrength {
  /** 0 (very weak) to 4 (very strong), as zxcvbn scores it. */
  score: 0 | 1 | 2 | 3 | 4;
  label: "Very weak" | "Weak" | "Fair" | "Strong" | "Very strong";
  /** Whether the passphrase may be used: long enough and "Strong" or better. */
  ok: boolean;
  /** One sentence for the user on how to make it stronger, or why it is fine. */
  advice: string;
}
