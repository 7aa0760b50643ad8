import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

const scripts: Record<string, string> = JSON.parse(readFileSync("package.json", "utf8")).scripts;

describe("package.json scripts", () => {
  it("set no environment variable inline, so they run the same on Windows, macOS and Linux", () => {
    const inline = Object.entries(scripts).filter(([, command]) =>
      command.split(/&&|\|\||;|\|/).some((part) => /^\s*(export\s+|set\s+|cross-env\s+)?[A-Za-z_][A-Za-z0-9_]*=/.test(part)),
    );
    expect(inline).toEqual([]);
  });

  it("runs every test layer from npm test: unit, browser, Chromium end-to-end and Firefox end-to-end", () => {
    expect(scripts.test).toBe("npm run test:unit && npm run test:browser && npm run test:e2e && npm run test:firefox");
    expect(scripts["test:firefox"]).toContain("vitest run --project firefox");
    expect(scripts.check).toContain("npm test");
  });
});
