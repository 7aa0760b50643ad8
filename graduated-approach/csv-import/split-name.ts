/** How a single name column is split, in the words the preview shows. */
export const NAME_SPLIT_RULE =
  "“Surname, Forename” where the name has a comma; otherwise the last word is the surname and the words before it the forename.";

/** "McTestface, Testy" or "Testy Ann McTestface" → forename and surname; undefined parts when the name is one word. */
export function splitFullName(name: string): { firstName?: string; lastName?: string } {
  const text = name.trim().replace(/\s+/g, " ");
  const comma = text.indexOf(",");
  if (comma >= 0) {
    const lastName = text.slice(0, comma).trim();
    const firstName = text.slice(comma + 1).trim();
    return { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) };
  }
  const space = text.lastIndexOf(" ");
  if (space < 0) return text ? { firstName: text } : {};
  return { firstName: text.slice(0, space), lastName: text.slice(space + 1) };
}
