/**
 * An element as fast-xml-parser gives it with attributes ignored: each child element's name maps to its text,
 * to an element, or to a list of either when the name repeats (or is listed in the parser's `isArray`).
 */
export type XmlElement = { [name: string]: unknown };

/** The child elements called `name`, in file order, whether the parser gave one or a list. An empty element (`<Pupil/>`) is an element with no children. */
export function children(parent: XmlElement | undefined, name: string): XmlElement[] {
  const value = parent?.[name];
  const values = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return values.flatMap((item) => (item === "" ? [{}] : isElement(item) ? [item] : []));
}

export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(parent, name)[0];
}

/** The trimmed text of the first child called `name`; undefined if it is missing, blank or holds elements. */
export function childText(parent: XmlElement | undefined, name: string): string | undefined {
  const value = parent?.[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  const text = first.trim();
  return text === "" ? undefined : text;
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
