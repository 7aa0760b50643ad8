import { dateAtStart, findDate } from "./find-date";
import { findUpns } from "./find-upns";
import { labelledValues, type LabelledValue } from "./labelled-values";
import { labelsOf, type LabelledField } from "./labels";
import { cleanName, looksLikeFullName, looksLikeNamePart } from "./name-shape";
import type { Page } from "./page-text";
import { collapse } from "./page-text";
import { splitCommaName } from "./split-name";

/** Reading a page with no rules: labelled values, the page's main heading, and UPNs anywhere in its text. */
export interface GenericReader {
  upn(): { upn?: string; several?: number };
  dateOfBirth(): string | undefined;
  names(hasDateOfBirth: boolean): { fullName?: string; firstName?: string; lastName?: string };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME_FIELDS: LabelledField[] = ["fullName", "firstName", "lastName"];
const NAME_LABELS = NAME_FIELDS.flatMap((field) => labelsOf(field).map(([name, rank]) => ({ field, name, rank })))
  .sort((a, b) => b.name.length - a.name.length);
/** "Surname: FAKENAME" on a line of its own (the colon is required, so prose is not read as a label). */
const NAME_LINE = new RegExp(`^ *(${NAME_LABELS.map((l) => escape(l.name)).join("|")}) *: *([^\\n\\t]{1,80})$`, "gim");
/** "Born 9 November 2015", "DOB: 04/03/2015" anywhere in the text; the date must follow the label. */
const BIRTH_LABEL = /(?<![\p{L}])(?:date of birth|d\.?o\.?b\.?|born(?: on)?|birth date)(?![\p{L}])[ \t]*[:–-]?[ \t]*/giu;

function textLineNames(text: string): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const match of text.matchAll(NAME_LINE)) {
    const label = NAME_LABELS.find((l) => l.name === match[1]!.toLowerCase());
    if (label) found.push({ field: label.field, rank: label.rank, value: collapse(match[2]!) });
  }
  return found;
}

function textDates(text: string): string[] {
  const dates: string[] = [];
  for (const match of text.matchAll(BIRTH_LABEL)) {
    const start = match.index + match[0].length;
    const date = dateAtStart(text.slice(start, start + 40));
    if (date) dates.push(date);
  }
  return dates;
}

/** The one value among the best-ranked candidates; undefined when they disagree (never a guess). */
function onlyValue(candidates: { rank: number; value: string }[]): string | undefined {
  const best = Math.min(...candidates.map((c) => c.rank));
  const values = new Set(candidates.filter((c) => c.rank === best).map((c) => c.value));
  return values.size === 1 ? [...values][0] : undefined;
}

function mainHeading(root: Document): string | undefined {
  const headings = root.querySelectorAll("h1");
  const main = root.querySelector("main h1, [role='main'] h1") ?? (headings.length === 1 ? headings[0] : undefined);
  const text = main ? cleanName(main.textContent ?? "") : "";
  return looksLikeFullName(text) ? text : undefined;
}

export function genericReader(page: Page): GenericReader {
  let labelled: LabelledValue[] | undefined;
  const all = () => (labelled ??= [...labelledValues(page.root), ...textLineNames(page.text())]);
  const of = (field: LabelledField) => all().filter((c) => c.field === field);
  const names = (field: LabelledField, shape: (text: string) => boolean, rank?: number) =>
    onlyValue(of(field).filter((c) => rank === undefined || c.rank === rank)
      .map((c) => ({ ...c, value: cleanName(c.value) })).filter((c) => shape(c.value)));

  return {
    upn() {
      const labelledUpns = of("upn").map((c) => c.value).join("\n");
      const { valid } = findUpns(`${labelledUpns}\n${page.text()}`);
      if (valid.length > 1) return { several: valid.length };
      return valid.length === 1 ? { upn: valid[0] } : {};
    },
    dateOfBirth() {
      const fromLabels = of("dateOfBirth").map((c) => findDate(c.value)).flatMap((d) => (d.ok ? [d.date] : []));
      const dates = new Set([...fromLabels, ...textDates(page.text())]);
      return dates.size === 1 ? [...dates][0] : undefined;
    },
    names(hasDateOfBirth) {
      const pupilName = names("fullName", looksLikeFullName, 0);
      if (pupilName) return withParts(pupilName);
      const lastName = names("lastName", looksLikeNamePart);
      const firstName = names("firstName", looksLikeNamePart);
      if (lastName && firstName) return { firstName, lastName };
      const heading = hasDateOfBirth ? mainHeading(page.root) : undefined;
      if (heading) return withParts(heading);
      const named = names("fullName", looksLikeFullName, 2);
      return named ? withParts(named) : {};
    },
  };
}

/** A whole name, split into its parts too when written "SURNAME, Forename". */
export function withParts(fullName: string): { fullName: string; firstName?: string; lastName?: string } {
  return { fullName, ...splitCommaName(fullName) };
}
