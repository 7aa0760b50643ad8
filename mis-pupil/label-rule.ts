/**
 * A page-reading rule in plain words: "the value comes just after the words 'Pupil UPN'". It is kept as an
 * ordinary pattern (so the reader needs nothing new): the words, any spaces or colon, then the rest of that
 * line or table cell.
 */
const AFTER_LABEL = "[\\s:]*([^\\n\\t]+)";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pattern for "the value comes after these words"; undefined for blank words. */
export function patternAfterWords(words: string): string | undefined {
  const trimmed = words.trim().replace(/:$/, "").trim();
  return trimmed ? `${escapeRegExp(trimmed)}${AFTER_LABEL}` : undefined;
}

/** The words back from a pattern made by `patternAfterWords`; undefined for any other pattern. */
export function wordsOfPattern(pattern: string | undefined): string | undefined {
  if (!pattern?.endsWith(AFTER_LABEL)) return undefined;
  const escaped = pattern.slice(0, -AFTER_LABEL.length);
  const words = escaped.replace(/\\(.)/g, "$1");
  return patternAfterWords(words) === pattern ? words : undefined;
}
