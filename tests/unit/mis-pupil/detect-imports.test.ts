import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const IMPORT = /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(?\s*["']([^"']+)["']/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? join(root, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [`${base}.ts`, join(base, "index.ts"), base].find((path) => existsSync(path) && path.endsWith(".ts"));
}

/** Every file detect.ts loads, and every package any of them imports. */
function importGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      const target = resolveImport(file, specifier);
      if (target) visit(target);
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(root, file)), packages: [...packages] };
}

describe("the content script's detector", () => {
  it("imports no package (so no zod) and nothing that does", () => {
    const graph = importGraph(join(root, "mis-pupil/detect.ts"));
    expect(graph.files).toContain("graduated-approach/upn-check.ts");
    expect(graph.files).toContain("graduated-approach/read-date.ts");
    expect(graph.files).not.toContain("mis-pupil/site-adapter.ts");
    expect(graph.packages).toEqual([]);
    for (const file of graph.files) expect(readFileSync(join(root, file), "utf8"), file).not.toMatch(/["']zod["']/);
  });
});
