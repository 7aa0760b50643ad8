import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { LaView } from "@/components/self-audit/LaView";
import { buildAuditExport, type AuditExport } from "@/self-audit/audit-export";
import { tinyFramework } from "../fixtures/tiny-framework";
import { auditWith, FIXED_NOW } from "../fixtures/sample-audits";
import "@/components/ui/styles.css";

const fw = tinyFramework();
const exportOf = (name: string, ratings: Record<string, number>) =>
  buildAuditExport(fw, auditWith(fw, Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating }])), { settingName: name }), FIXED_NOW);
const jsonFile = (name: string, value: AuditExport) => new File([JSON.stringify(value)], name, { type: "application/json" });

describe("the LA comparison", () => {
  it("shows scores worked out from ratings and names duplicate files", async () => {
    const alpha = exportOf("Alpha (fake)", { "talk-1": 0, "lead-1": 2 });
    const boasting: AuditExport = { ...alpha, scores: { ...alpha.scores, overall: { rated: 2, total: 2, percent: 100 } } };
    const screen = await render(<LaView framework={fw} />);
    await userEvent.upload(screen.getByLabelText("Self-audit files"), [jsonFile("alpha.json", boasting), jsonFile("alpha copy.json", alpha)]);
    await expect.element(screen.getByText(/is in 2 files \(alpha\.json, alpha copy\.json\)\. It is compared once, from alpha\.json\./)).toBeVisible();
    const imported = screen.container.querySelector("table")!;
    const rows = [...imported.querySelectorAll("tbody tr")].map((row) => row.querySelectorAll("td")[3]?.textContent);
    const expected = `${Math.round(alpha.scores.overall.percent!)}%`;
    expect(rows).toEqual([`${expected} (the file says 100%; worked out from its ratings)`, expected]);
  });
});
