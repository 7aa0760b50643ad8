/** The shortest passphrase the vault accepts, counted in characters. */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface PassphraseStrength {
  /** 0 (very weak) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: "Very weak" | "Weak" | "Fair" | "Strong" | "Very strong";
  /** Whether the passphrase may be used: long enough and at least "Fair". */
  ok: boolean;
  /** One sentence for the user on how to make it stronger, or why it is fine. */
  advice: string;
}

const LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

/** Fragments that make up most guessed passwords; any of them is worth little. */
const COMMON = [
  "password", "passphrase", "qwerty", "azerty", "letmein", "welcome", "iloveyou", "admin", "abc123", "123456",
  "654321", "111111", "monkey", "dragon", "football", "sunshine", "princess", "school", "senco", "teacher",
];

/**
 * A rough, dependency-free estimate of how hard a passphrase is to guess, in bits:
 * length times the alphabet it draws on, less what repeats, sequences and common words give away.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase.normalize("NFC")];
  if (chars.length === 0) return rate(0, false, `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const bits = estimateBits(passphrase.normalize("NFC"));
  const score = bits < 28 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  if (chars.length < MIN_PASSPHRASE_LENGTH) {
    const more = MIN_PASSPHRASE_LENGTH - chars.length;
    return rate(Math.min(score, 1), false, `Add ${more} more ${more === 1 ? "character" : "characters"}: use at least ${MIN_PASSPHRASE_LENGTH}. Three or four unrelated words work well.`);
  }
  if (score < 2) return rate(score, false, "Too easy to guess. Use three or four unrelated words, and avoid names, dates and common words.");
  if (score < 3) return rate(score, true, "This will do. Another unrelated word would make it stronger.");
  return rate(score, true, "A good passphrase. Keep it somewhere safe, away from this computer.");
}

function rate(score: number, ok: boolean, advice: string): PassphraseStrength {
  const s = Math.max(0, Math.min(4, score)) as PassphraseStrength["score"];
  return { score: s, label: LABELS[s], ok, advice };
}

function estimateBits(passphrase: string): number {
  let text = passphrase.toLowerCase();
  let penalty = 0;
  for (const word of COMMON) {
    if (text.includes(word)) {
      text = text.split(word).join("\u0000");
      penalty += 1;
    }
  }
  const chars = [...text];
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const prev = chars[i - 1];
    if (c === "\u0000") effective += 0.5; // a common word counts as half a character
    else if (c === prev || (prev !== undefined && Math.abs((c.codePointAt(0) ?? 0) - (prev.codePointAt(0) ?? 0)) === 1)) effective += 0.25; // aaaa, abcd, 1234
    else effective += 1;
  }
  const distinct = new Set(chars).size;
  return effective * Math.log2(poolSize(passphrase)) * Math.min(1, (distinct + 2) / Math.max(4, chars.length * 0.5)) - penalty * 4;
}

function poolSize(passphrase: string): number {
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[ ]/.test(passphrase)) pool += 1;
  if (/[^a-zA-Z0-9 ]/.test(passphrase)) pool += 33;
  return Math.max(pool, 2);
}
