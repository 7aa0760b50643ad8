import { collapse } from "./page-text";

/** Tidies a name as read from a page: spaces collapsed, a bracketed note ("(Year 5)") and stray punctuation dropped. */
export function cleanName(text: string): string {
  return collapse(text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ")).replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
}

const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
/** Words in a heading that say it is not a person's name. */
const NOT_A_NAME = /\b(pupils?|students?|details|profile|record|overview|summary|dashboard|home|search|results|class|register|attendance|behaviou?r|assessment|reports?|welcome|information|contacts?|school|timetable|settings)\b/i;

function words(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/** One name part (a forename or surname): letters, hyphens and apostrophes, at most four words. */
export function looksLikeNamePart(text: string): boolean {
  const parts = words(text);
  return text.length <= 60 && parts.length >= 1 && parts.length <= 4 && parts.every((w) => WORD.test(w));
}

/** A whole name read without a label naming it as one: two to six words, at most one comma, not "Pupil details". */
export function looksLikeFullName(text: string): boolean {
  const parts = words(text);
  return text.length <= 80 && parts.length >= 2 && parts.length <= 6 && (text.match(/,/g)?.length ?? 0) <= 1
    && parts.every((w) => WORD.test(w)) && !NOT_A_NAME.test(text);
}
