import { bench, describe } from "vitest";
import { applyImport, checkSource, previewImport, readImportFile, type ImportSource } from "@/graduated-approach/csv-import";
import { syntheticCsv, syntheticCtf } from "../fixtures/import-files";

const ROWS = 5_000;
const TODAY = "2026-11-23";
const NOW = `${TODAY}T10:00:00.000Z`;
const DATES = { asOf: TODAY, today: TODAY };

const csv = syntheticCsv(ROWS);
const ctfBytes = new TextEncoder().encode(syntheticCtf(ROWS));
const preview = previewImport(csv, [], undefined, DATES);
if (preview.counts.add !== ROWS - ROWS / 50) throw new Error("the bench CSV did not preview as expected");

function read(content: Uint8Array | string, name: string): ImportSource {
  const r = readImportFile(content, name);
  if (!r.ok) throw new Error(r.message);
  return r.source;
}
const ctfSource = read(ctfBytes, "bench.xml");

describe(`import ${ROWS.toLocaleString("en-GB")} pupils (node; the workspace does this in a Web Worker)`, () => {
  bench("CSV: decode, parse and check every row", async () => {
    await checkSource(read(new TextEncoder().encode(csv), "bench.csv"), [], TODAY);
  }, { iterations: 8, warmupIterations: 2 });
  bench(`CTF (${(ctfBytes.length / 1024 / 1024).toFixed(1)} MB): decode, parse and check every pupil`, async () => {
    await checkSource(read(ctfBytes, "bench.xml"), [], TODAY);
  }, { iterations: 8, warmupIterations: 2 });
  bench("CTF: check every pupil only", async () => {
    await checkSource(ctfSource, [], TODAY);
  }, { iterations: 8, warmupIterations: 2 });
  bench("apply (build and validate the records)", () => {
    applyImport([], preview, NOW, { newId: () => "bench" });
  }, { iterations: 8, warmupIterations: 2 });
});
