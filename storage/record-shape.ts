import { z } from "zod";

/**
 * Bump when a record schema's rules change in a way its JSON Schema does not show (the logic inside a
 * refinement): records saved before then are then checked in full again.
 */
export const RECORD_RULES_GENERATION = 1;

const shapes = new WeakMap<z.ZodType, string | null>();

/**
 * A short fingerprint of what a schema accepts (its JSON Schema, plus the rules generation). A record saved
 * with the fingerprint of today's schema passed that schema when it was saved, so reading it back need not
 * check it all again (see record-store.ts). Null when the schema cannot be described.
 */
export function recordShape(schema: z.ZodType): string | null {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    try {
      const described = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any", io: "output" }));
      shape = `${RECORD_RULES_GENERATION}.${fnv1a(described)}`;
    } catch {
      shape = null;
    }
    shapes.set(schema, shape);
  }
  return shape;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell schema versions apart, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
