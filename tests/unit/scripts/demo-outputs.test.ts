import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EvidencePack } from "@/evidence-pack/pack-schema";
import { GOVERNORS_HEADINGS } from "@/provision-map/governors-report";
import { PROVISION_MAP_HEADINGS } from "@/provision-map/provision-map-report";
import { popplerTool } from "../../../scripts/find-tools";
import { pdfPageCount, pdfText } from "../../support/pdf-text";

const dir = mkdtempSync(join(tmpdir(), "send-demo-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("npm run demo: provision map and governors' report", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/demo.ts", "--out", dir, "--today", "2026-03-20"], { stdio: "ignore" });
  }, 60_000);

  it("writes the provision map as a landscape PDF with every view's heading, the grid alone on page 1", () => {
    const file = join(dir, "provision-map-2026-03-20.pdf");
    const text = flat(pdfText(file));
    for (const heading of Object.values(PROVISION_MAP_HEADINGS)) expect(text).toContain(heading);
    const first = flat(pdfText(file, 1));
    expect(first).toContain("Provision map by year group and area of need, and by tier");
    expect(first).toMatch(/All year groups( £[\d,.]+){8} \d+ £[\d,.]+/);
    expect(execFileSync(popplerTool("pdfinfo"), [file], { encoding: "utf8" })).toMatch(/Page size:\s+841\.89 x 595\.28/);
    expect(pdfPageCount(file)).toBeGreaterThan(5);
    for (const group of ["Phonics catch-up", "Lego-based therapy", "Social skills group", "Precision teaching", "Fine motor skills", "Nurture group"]) expect(text).toContain(group);
    expect(text).toContain("Progress is not proof");
  });

  it("writes the provision map as CSV and XLSX with a row per pupil per provision", async () => {
    const csv = readFileSync(join(dir, "provision-map-2026-03-20.csv"), "utf8");
    const rows = csv.trim().split("\r\n");
    expect([...readFileSync(join(dir, "provision-map-2026-03-20.csv")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]!.replace(/^\uFEFF/, "")).toBe("Year group,Pupil,Provision,Kind,Area of need,Tier,Staff,Funding source,Progress,Cost (£)");
    expect(rows.filter((r) => r.includes(",Group (share),")).length).toBeGreaterThan(20);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "provision-map-2026-03-20.xlsx")) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["By area of need", "By tier", "Totals", "What works", "Timetable", "Every pupil"]);
    expect(String(book.getWorksheet("What works")!.getCell("A1").value)).toContain(PROVISION_MAP_HEADINGS.whatWorks);
    expect(book.getWorksheet("Every pupil")!.rowCount).toBe(rows.length + 2);
  });

  it("writes the governors' report with every heading and no pupil's name", () => {
    const text = flat(pdfText(join(dir, "governors-send-report-2026-03-20.pdf")));
    for (const heading of Object.values(GOVERNORS_HEADINGS)) expect(text).toContain(heading);
    expect(text).toContain("Spring term 2026");
    const names = readFileSync(join(dir, "provision-map-2026-03-20.csv"), "utf8").trim().split("\r\n").slice(1).map((r) => r.split(",")[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const name of new Set(names)) expect(text).not.toContain(name);
  });

  it("shows a demo pupil's group in their evidence pack with their share of the cost", () => {
    const json = readdirSync(dir).filter((f) => f.startsWith("evidence-pack-") && f.endsWith(".json") && !f.includes("pseudonymised"))[0]!;
    const pack = EvidencePack.parse(JSON.parse(readFileSync(join(dir, json), "utf8")));
    const group = pack.provisionMap.groups[0]!;
    expect(group.share).toBeGreaterThan(0);
    const text = flat(pdfText(join(dir, json.replace(/\.json$/, ".pdf"))));
    expect(text).toContain("Group interventions this school year");
    expect(text).toContain(group.name);
    expect(text).toContain(`£${group.share.toLocaleString("en-GB", { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(group.share) ? 0 : 2 })}`);
  });
});
