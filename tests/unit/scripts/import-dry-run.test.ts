import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticUpn } from "@/graduated-approach/upn";

const dir = mkdtempSync(join(tmpdir(), "send-import-dry-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UPN_1 = syntheticUpn("999100142001");
const CTF = `\r\n<?xml version="1.0" encoding="ISO-8859-1"?>
<CTfile><Header><DateTime>2026-07-15T10:00:00</DateTime><SourceSchool><LEA>999</LEA><Estab>1001</Estab><SchoolName>Nowhere Test Primary</SchoolName></SourceSchool></Header>
<CTFpupilData>
<Pupil><UPN>${UPN_1}</UPN><Surname>Núñez</Surname><Forename>Zoë</Forename><DOB>2015-09-01</DOB><BasicDetails><NCyearActual>5</NCyearActual></BasicDetails>
<SENhistory><SEN><StartDate>2021-09-06</StartDate><SENprovision>P</SENprovision></SEN><SENneeds>
<SENneed><SENtypeRank>1</SENtypeRank><SENtype>BESD</SENtype></SENneed></SENneeds></SENhistory></Pupil>
<Pupil><FormerUPN>${syntheticUpn("999100142002")}</FormerUPN><Surname>Example</Surname><Forename>Ada</Forename><DOB>2016-02-30</DOB></Pupil>
</CTFpupilData></CTfile>`;

function run(...args: string[]): { stdout: string; status: number } {
  try {
    const stdout = execFileSync(process.execPath, [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/import-dry-run.ts", ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { stdout, status: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; status: number };
    return { stdout: e.stdout + e.stderr, status: e.status };
  }
}

describe("npm run import -- --dry-run", () => {
  const file = join(dir, "transfer.xml");
  writeFileSync(file, Buffer.from(CTF, "latin1"));

  it("prints the preview of a Common Transfer File, with every message and translation", () => {
    const { stdout, status } = run("--dry-run", file, "--today", "2026-10-05");
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        "Dry run for 2026-10-05: nothing is saved, and rows are checked as if the register were empty.",
        "",
        "transfer.xml (Common Transfer File from Nowhere Test Primary): 2 pupils; 1 to add, 0 to update, 1 to skip; 1 pupil with warnings to read.",
        "",
        "How the file was read:",
        "  - The file says it is in ISO-8859-1, so it was read that way.",
        "  - School Action Plus (P) was replaced in 2014: it is stored as K (SEN support).",
        "  - BESD (behaviour, emotional and social difficulty) was replaced by SEMH (Social, Emotional and Mental Health) in 2015: it is stored as SEMH.",
        "",
        "Values written differently in the file (the file said → will store):",
        "  - Year group: “5” → Year 6 (the file is from 15 July 2026; a new school year has started) (1 pupil)",
        "  - SEN provision: “P” → K (SEN support) (1 pupil)",
        "  - Primary need: “BESD” → SEMH (Social, Emotional and Mental Health) (1 pupil)",
        "",
        "Skipped, with the reasons:",
        "  - Pupil 2: date of birth 2016-02-30 is not a real date",
        "",
        "Warnings (imported all the same):",
        `  - Pupil 2: no UPN, only a former UPN (${syntheticUpn("999100142002")}), which is not kept as the pupil's UPN: the pupil is added without a UPN`,
        "",
      ].join("\n"),
    );
  });

  it("prints JSON with --json, and refuses a file it cannot read with the same sentence as the workspace", () => {
    const json = JSON.parse(run("--dry-run", file, "--json", "--today", "2026-10-05").stdout);
    expect(json).toMatchObject({ ok: true, format: "ctf", counts: { rows: 2, add: 1, update: 0, skip: 1 }, rowsWithWarnings: 1 });
    expect(json.rows).toEqual([
      { label: "Pupil 1", action: "add" },
      {
        label: "Pupil 2", action: "skip", errors: ["Pupil 2: date of birth 2016-02-30 is not a real date"],
        warnings: [`Pupil 2: no UPN, only a former UPN (${syntheticUpn("999100142002")}), which is not kept as the pupil's UPN: the pupil is added without a UPN`],
      },
    ]);
    const cut = join(dir, "cut.xml");
    writeFileSync(cut, CTF.slice(0, 400));
    expect(run("--dry-run", cut)).toEqual({
      status: 1,
      stdout: "cut.xml looks cut short: it stops before the end of the Common Transfer File. Export it from your MIS or download it again, and choose the complete file.\n",
    });
  });
});
