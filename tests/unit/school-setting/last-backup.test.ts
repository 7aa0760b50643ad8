import { describe, expect, it } from "vitest";
import { lastBackupText } from "@/school-setting/last-backup";
import { Setting } from "@/school-setting/setting";

describe("lastBackupText", () => {
  it("says when there has been no backup", () => {
    expect(lastBackupText(undefined, "2026-03-03")).toBe("No backup yet");
  });

  it("counts whole days, across a month end", () => {
    expect(lastBackupText("2026-03-03", "2026-03-03")).toBe("Last backup today");
    expect(lastBackupText("2026-03-02", "2026-03-03")).toBe("Last backup 1 day ago");
    expect(lastBackupText("2026-02-27", "2026-03-03")).toBe("Last backup 4 days ago");
  });
});

describe("the setting's lastBackupOn", () => {
  const base = { name: "Fictional Fields Academy", phases: ["school"], frameworkId: "fw", createdAt: "2026-01-01T00:00:00.000Z" };

  it("keeps a date and reads a damaged value as no backup, keeping the rest of the setting", () => {
    expect(Setting.parse({ ...base, lastBackupOn: "2026-02-27" }).lastBackupOn).toBe("2026-02-27");
    const damaged = Setting.parse({ ...base, lastBackupOn: "last Tuesday" });
    expect(damaged.lastBackupOn).toBeUndefined();
    expect(damaged.name).toBe("Fictional Fields Academy");
  });
});
