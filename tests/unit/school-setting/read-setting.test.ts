import { describe, expect, it } from "vitest";
import { readSettingLeniently } from "@/school-setting/read-setting";

const defaults = { frameworkId: "built-in", now: "2026-03-20T09:00:00.000Z" };
const good = {
  name: "Fictional Fields Academy",
  phases: ["school"],
  frameworkId: "testshire",
  lockAfterMinutes: 30,
  createdAt: "2025-09-01T08:00:00.000Z",
  demo: false,
  misSites: [],
};

describe("reading the stored setting field by field", () => {
  it("reads a sound setting with no problems", () => {
    expect(readSettingLeniently(good, defaults)).toEqual({ setting: good, problems: [] });
  });

  it("replaces each damaged field by its default, keeps the rest, and names each one", () => {
    const read = readSettingLeniently({ ...good, phases: "all of them", lockAfterMinutes: "soon", frameworkId: 7 }, defaults);
    expect(read?.setting).toEqual({ ...good, phases: ["school"], lockAfterMinutes: 15, frameworkId: "built-in" });
    expect(read?.problems).toEqual([
      "The phases could not be read, so only School is chosen. Check them in Setting.",
      "The framework choice could not be read, so the built-in framework is used. Choose yours again in Setting.",
      "The lock time could not be read, so it is back to 15 minutes.",
    ]);
  });

  it("gives a missing name and creation time their defaults", () => {
    const { name: _n, createdAt: _c, ...rest } = good;
    const read = readSettingLeniently(rest, defaults);
    expect([read?.setting.name, read?.setting.createdAt, read?.problems.length]).toEqual(["Your setting", defaults.now, 2]);
  });

  it("cannot read a record that is not an object at all", () => {
    expect(readSettingLeniently("not a setting", defaults)).toBeUndefined();
    expect(readSettingLeniently(["school"], defaults)).toBeUndefined();
    expect(readSettingLeniently(null, defaults)).toBeUndefined();
  });
});
