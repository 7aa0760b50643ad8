const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/**
 * "2026-03-03" → "3 March 2026", as GOV.UK writes dates; a month alone ("2026-03", as a de-identified pack
 * gives it) → "March 2026". Anything that is not a date comes back unchanged.
 */
export function longDate(iso: string | undefined): string {
  if (!iso) return "";
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(iso);
  if (monthOnly) return `${MONTHS[Number(monthOnly[2]) - 1] ?? monthOnly[2]} ${monthOnly[1]}`;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** "2026-03-03" → "03/03/2026", for tables, previews and form fields, whatever the browser's locale. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}
