import { z } from "zod";
import { FrameworkMapping } from "./import/mapping";
import { FrameworkFields } from "./schema";

/**
 * JSON Schemas for docs/, generated from the zod schemas so they cannot drift: the framework file as an author
 * writes it (defaults may be left out), and the import mapping. Cross-checks (every level exists, areas are
 * placed…) are in the zod schema only; `npm run framework -- check` runs them.
 */
export function frameworkJsonSchema() {
  return { ...z.toJSONSchema(FrameworkFields, { io: "input", target: "draft-2020-12" }), title: "SEND Companion framework, format version 2" };
}

export function mappingJsonSchema() {
  return { ...z.toJSONSchema(FrameworkMapping, { io: "input", target: "draft-2020-12" }), title: "SEND Companion framework import mapping, version 1" };
}
