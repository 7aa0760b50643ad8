import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Framework } from "@/commitment-framework/schema";
import { runFrameworkCli } from "../../../scripts/framework-cli";
import { FLAT_CSV, flatMapping, nestedFramework } from "../../fixtures/la-frameworks";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "framework-cli-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFrameworkCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("npm run framework", () => {
  it("checks the built-in default and prints its counts", async () => {
    const { code, out, err } = await run("check", "commitment-framework/default-framework.json");
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[1]).toBe("208 statements: 192 provision, 16 need descriptors; 8 costed provision items");
    expect(out).toContain("  Communication and interaction (communication-interaction): 32");
    expect(out).toContain("By tier:");
  });

  it("says in one plain sentence that a file in a foreign shape is not in the format, and exits 1", async () => {
    const dir = folder({ "testshire.json": JSON.stringify(nestedFramework()) });
    const { code, out, err } = await run("check", join(dir, "testshire.json"));
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'testshire.json is not in SEND Companion\'s framework format (it has no "schemaVersion"): import it with a mapping instead, or start from the template in docs/framework-format.md.',
    ]);
  });

  it("groups the problems of a broken framework file, with no raw schema text", async () => {
    const fw = JSON.parse(readFileSync("commitment-framework/default-framework.json", "utf8"));
    for (const s of fw.statements.slice(0, 30)) s.level = "tier-9";
    const dir = folder({ "broken.json": JSON.stringify(fw) });
    const { code, err } = await run("check", join(dir, "broken.json"));
    expect(code).toBe(1);
    expect(err).toEqual([
      'broken.json: Level is not one of the framework\'s levels, in 30 places: statement 1 (lead-u-01) level ("tier-9"); statement 2 (lead-u-02) level ("tier-9"); statement 3 (lead-u-03) level ("tier-9"), and 27 more.',
    ]);
    expect(err.join("\n")).not.toMatch(/Invalid input|expected string|received/);
  });

  it("converts a CSV through a mapping into a framework file and prints its counts", async () => {
    const dir = folder({ "testford.csv": FLAT_CSV, "mapping.json": JSON.stringify(flatMapping()) });
    const out = join(dir, "testford.json");
    const result = await run("convert", join(dir, "testford.csv"), "--mapping", join(dir, "mapping.json"), "--out", out);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("4 statements: 3 provision, 1 need descriptors; 1 costed provision items");
    expect(result.out).toContain("  Targeted B → Targeted Plus: 1");
    const written = Framework.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(written.catalogue[0]?.hourlyRate).toBe(52);
  });

  it("explains how to call it when the arguments are wrong", async () => {
    const { code, err } = await run("convert", "x.csv");
    expect(code).toBe(1);
    expect(err[0]).toBe("Usage:");
  });
});
