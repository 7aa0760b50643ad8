import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { FrameworkMapping } from "@/commitment-framework/import/mapping";
import { frameworkJsonSchema, mappingJsonSchema } from "@/commitment-framework/json-schema";
import { Framework, FrameworkFields } from "@/commitment-framework/schema";
import { Area, CatalogueItem, DescriptorGroup, Level, Statement } from "@/commitment-framework/schema-parts";
import { templateFramework } from "@/commitment-framework/template";

const doc = readFileSync("docs/framework-format.md", "utf8");

/** The `field` names in the first table after a heading. */
function tableFields(heading: string): string[] {
  const from = doc.indexOf(`\n${heading}\n`);
  expect(from, heading).toBeGreaterThan(-1);
  const table = doc.slice(from).split("\n\n").find((block) => block.trimStart().startsWith("|"))!;
  return table.split("\n").slice(2).map((row) => row.match(/^\| `([^`]+)`/)?.[1] ?? "").filter(Boolean);
}

const keys = (schema: { shape: Record<string, z.ZodType> }) => Object.keys(schema.shape);

describe("docs/framework-format.md and the JSON Schemas", () => {
  it("commit the JSON Schemas exactly as the zod schemas generate them (npm run framework -- schemas)", () => {
    expect(JSON.parse(readFileSync("docs/framework.schema.json", "utf8"))).toEqual(frameworkJsonSchema());
    expect(JSON.parse(readFileSync("docs/framework-mapping.schema.json", "utf8"))).toEqual(mappingJsonSchema());
  });

  it("document every field of every part, and no field the schema does not have", () => {
    expect(tableFields("## The parts of a framework")).toEqual(keys(FrameworkFields));
    expect(tableFields("### Levels")).toEqual(keys(Level));
    expect(tableFields("### Areas")).toEqual(keys(Area));
    expect(tableFields("### Statements")).toEqual(keys(Statement));
    expect(tableFields("### Descriptor groups")).toEqual(keys(DescriptorGroup));
    expect(tableFields("### Costed provision (catalogue)")).toEqual(keys(CatalogueItem));
    expect(tableFields("## Importing another shape through a mapping")).toEqual(keys(FrameworkMapping));
  });

  it("give a worked example that passes the schema and is the downloadable template", () => {
    const block = doc.split("## Worked example")[1]!.match(/```json\n([\s\S]*?)\n```/)![1]!;
    const example = JSON.parse(block);
    expect(Framework.safeParse(example).success).toBe(true);
    expect(example).toEqual(templateFramework());
    const required = (frameworkJsonSchema() as { required: string[] }).required;
    for (const field of required) expect(example, field).toHaveProperty(field);
  });
});
