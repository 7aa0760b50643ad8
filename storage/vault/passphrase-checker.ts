import type { ZxcvbnResult } from "@zxcvbn-ts/core";
import { MIN_PASSPHRASE_LENGTH, type PassphraseStrength } from "./passphrase-strength";

/** Rates a passphrase; words from the setting (its name) count as easy to guess. */
export type PassphraseChecker = (passphrase: string) => PassphraseStrength;

/** The lowest zxcvbn score (0–4) a vault or backup passphrase may have. */
export const MIN_PASSPHRASE_SCORE = 3;

const LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

let factory: Promise<(passphrase: string, userWords: string[]) => ZxcvbnResult> | undefined;

/**
 * Loads zxcvbn-ts and its offline dictionaries (about 1 MB) the first time a passphrase form needs them,
 * so opening the side panel does not wait for them. Later calls reuse the same instance.
 */
export async function loadPassphraseChecker(userWords: readonly string[] = []): Promise<PassphraseChecker> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (passphrase: string, words: string[]) => zxcvbn.check(passphrase, words);
  })();
  const check = await factory;
  const words = settingWords(userWords);
  return (passphrase) => rate(passphrase, check, words);
}

/** A setting's name and its separate words, lower-cased, e.g. "Fictional Fields Academy" → those three and the whole. */
function settingWords(names: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    const lower = name.trim().toLowerCase();
    if (!lower) continue;
    words.add(lower);
    words.add(lower.replace(/\s+/g, ""));
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

function rate(passphrase: string, check: (p: string, words: string[]) => ZxcvbnResult, words: string[]): PassphraseStrength {
  const text = passphrase.normalize("NFC");
  const length = [...text].length;
  if (length === 0) return result(0, false, `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const full = check(text, words);
  // Symbols tacked on at either end ("Summer2024!!") are among the first things a guesser tries, so the
  // passphrase is rated as if they were not there when that rates it lower.
  const core = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  const { score, feedback } = core && core !== text ? lower(full, check(core, words)) : full;
  if (length < MIN_PASSPHRASE_LENGTH) {
    const more = MIN_PASSPHRASE_LENGTH - length;
    return result(Math.min(score, 1), false, `Add ${more} more ${more === 1 ? "character" : "characters"}: use at least ${MIN_PASSPHRASE_LENGTH}. Three or four unrelated words work well.`);
  }
  if (score < MIN_PASSPHRASE_SCORE) {
    const why = feedback.warning ? ` ${sentence(feedback.warning)}` : "";
    return result(score, false, `Too easy to guess.${why} Use three or four unrelated words, and avoid names, dates, the school's name and common words.`);
  }
  if (score < 4) return result(score, true, "This will do. Another unrelated word would make it stronger.");
  return result(score, true, "A good passphrase. Keep it somewhere safe, away from this computer.");
}

function lower(a: ZxcvbnResult, b: ZxcvbnResult): ZxcvbnResult {
  return b.score < a.score ? b : a;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function result(score: number, ok: boolean, advice: string): PassphraseStrength {
  const s = Math.max(0, Math.min(4, score)) as PassphraseStrength["score"];
  return { score: s, label: LABELS[s], ok, advice };
}
