import { describe, expect, it } from "vitest";
import { parseFrameworkFile } from "@/commitment-framework/load-framework";
import { tinyFramework } from "../../fixtures/tiny-framework";

const file = (value: unknown) => JSON.stringify(value);

describe("loading another local authority's framework file", () => {
  it("accepts a valid file", () => {
    const result = parseFrameworkFile(file(tinyFramework()), "test-borough.json");
    expect(result.ok && result.framework.statements).toHaveLength(4);
  });

  it("says a file that is not JSON is not JSON, naming the file", () => {
    const result = parseFrameworkFile("{ not json", "broken.json");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^broken\.json is not a valid JSON file/);
  });

  it("names the statement, its id and field when it points at an unknown area", () => {
    const fw = tinyFramework();
    fw.statements[2]!.area = "leadership";
    const result = parseFrameworkFile(file(fw), "test-borough.json");
    expect(!result.ok && result.errors).toEqual([
      'test-borough.json: statement 3 (lead-1) area: area "leadership" is not one of the framework\'s areas.',
    ]);
  });

  it("rejects duplicate statement ids, empty text and a tier count other than four", () => {
    const fw = tinyFramework();
    fw.statements[1]!.id = "talk-1";
    fw.statements[3]!.text = "   ";
    fw.tiers.pop();
    const result = parseFrameworkFile(file(fw), "f.json");
    const errors = result.ok ? [] : result.errors.join("\n");
    expect(errors).toContain("statement 2 (talk-1) id:");
    expect(errors).toContain("used by an earlier statement");
    expect(errors).toContain("statement 4 (lead-2) text: must not be empty");
    expect(errors).toContain("tiers: must have exactly four tiers");
  });

  it("rejects a phase the framework does not declare", () => {
    const fw = tinyFramework();
    fw.phases = ["school"];
    const result = parseFrameworkFile(file(fw), "f.json");
    expect(!result.ok && result.errors).toEqual([
      'f.json: Phase is not one of the framework\'s phases, in 4 places: statement 1 (talk-1) phases.0 ("early-years"); statement 2 (talk-2) phases.0 ("early-years"); statement 3 (lead-1) phases.1 ("post-16"), and 1 more.',
    ]);
  });
});
