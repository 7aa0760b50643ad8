import { bench, describe } from "vitest";
import { applyImport, previewImport } from "@/graduated-approach/csv-import";
import { syntheticUpn } from "@/graduated-approach/upn";

const ROWS = 5_000;
const NOW = "2026-11-23T10:00:00.000Z";

/** A made-up MIS export: LA 999 UPNs, one row in 50 with an unknown need code. */
function misExport(): string {
  const lines = ["Legal forename,Legal surname,DOB,UPN,NC year,SEN provision,SEN provision start date,SEN need 1,SEN need 2"];
  for (let i = 0; i < ROWS; i++) {
    const upn = syntheticUpn(`999${String(i).padStart(9, "0")}`);
    lines.push(`Testy ${i},McTestface,0${(i % 9) + 1}/09/2015,${upn},Y6,K,06/09/2021,${i % 50 === 0 ? "XYZ" : "SLCN"},`);
  }
  return lines.join("\r\n");
}

const text = misExport();
const preview = previewImport(text, []);
if (preview.counts.add !== ROWS - ROWS / 50) throw new Error("the bench file did not preview as expected");

describe(`import ${ROWS.toLocaleString("en-GB")} pupils from CSV (node)`, () => {
  bench("preview (parse and check every row)", () => {
    previewImport(text, []);
  }, { iterations: 10, warmupIterations: 2 });
  bench("apply (build and validate the records)", () => {
    applyImport([], preview, NOW, { newId: () => "bench" });
  }, { iterations: 10, warmupIterations: 2 });
});
