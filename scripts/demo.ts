// `npm run demo`: with no browser, builds the made-up demo school and writes what SEND Companion exports into
// ./demo-output: EHC needs-assessment evidence packs (PDF and JSON), a setting self-audit report (PDF), the
// provision map (PDF, CSV and XLSX) and the termly governors' SEND report (PDF).
// Usage: npm run demo [-- --today 2026-03-20 --seed 1 --out demo-output]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadBuiltInFramework } from "../commitment-framework/built-in";
import { demoAudit } from "../demo-school/demo-audit";
import { generateDemoSchool } from "../demo-school/generate";
import { buildEvidencePack, evidencePackJson } from "../evidence-pack/pack";
import { packFileName } from "../evidence-pack/pack-file-name";
import { auditReportPdf } from "../evidence-pack/pdf/audit-report";
import { evidencePackPdf } from "../evidence-pack/pdf/evidence-pack-pdf";
import { exportFileName } from "../self-audit/audit-export";
import { IsoDate } from "../graduated-approach/iso-date";
import { cyclesByPupil } from "../graduated-approach/pupil-cycles";
import { buildGovernorsReport } from "../provision-map/governors-report";
import { buildProvisionMap } from "../provision-map/provision-map-report";
import { everyRosterPupil } from "../provision-map/roster";
import { governorsReportPdf } from "../provision-map/outputs/governors-report-pdf";
import { provisionMapCsv, provisionMapFileName } from "../provision-map/outputs/provision-map-csv";
import { provisionMapPdf } from "../provision-map/outputs/provision-map-pdf";
import { provisionMapXlsx } from "../provision-map/outputs/provision-map-xlsx";

const MAX_PACKS = 5;
const { values } = parseArgs({
  options: {
    today: { type: "string", default: "2026-03-20" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "demo-output" },
  },
});
const seed = Number(values.seed);
if (!IsoDate.safeParse(values.today).success || !Number.isInteger(seed)) {
  console.error("--today must be a date written as YYYY-MM-DD and --seed a whole number.");
  process.exit(1);
}
const today = values.today;
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const framework = loadBuiltInFramework();
const school = generateDemoSchool({ pupils: 30, seed, today });
const audit = demoAudit(framework, school.setting.name, "school", today, seed);
const options = (n: number) => ({ creationDate: new Date(`${today}T12:00:00Z`), fileId: n.toString(16).toUpperCase().padStart(32, "0") });
const written: string[] = [];
const write = (name: string, data: Uint8Array | string) => {
  writeFileSync(join(outDir, name), data);
  written.push(join(values.out, name));
};

const byPupil = cyclesByPupil(school.cycles);
// Pupils in a group intervention first, so the packs show groups with each pupil's share of the cost.
const inGroup = new Set(school.interventions.flatMap(everyRosterPupil));
const chosen = school.pupils
  .filter((p) => (p.senStatus.code === "K" || p.senStatus.code === "E") && (byPupil.get(p.id) ?? []).some((c) => c.stages.review.reviewedOn))
  .sort((a, b) => Number(inGroup.has(b.id)) - Number(inGroup.has(a.id)))
  .slice(0, MAX_PACKS);

chosen.forEach((pupil, i) => {
  for (const pseudonymise of i === 0 ? [false, true] : [false]) {
    const pack = buildEvidencePack({
      pupil, cycles: byPupil.get(pupil.id) ?? [], framework, setting: school.setting, latestAudit: audit, interventions: school.interventions,
      submissionDate: today, pseudonymise,
    });
    write(packFileName(pack, "pdf"), evidencePackPdf(pack, options(i + 1)));
    write(packFileName(pack, "json"), evidencePackJson(pack));
  }
});
write(exportFileName(audit, "pdf"), auditReportPdf({ framework, audit }, options(99)));

const mapInput = { settingName: school.setting.name, pupils: school.pupils, cycles: school.cycles, interventions: school.interventions, framework, today };
const map = buildProvisionMap(mapInput);
write(provisionMapFileName(map, "pdf"), provisionMapPdf(map, options(100)));
write(provisionMapFileName(map, "csv"), `\uFEFF${provisionMapCsv(map)}`);
write(provisionMapFileName(map, "xlsx"), await provisionMapXlsx(map));
write(`governors-send-report-${today}.pdf`, governorsReportPdf(buildGovernorsReport(mapInput), options(101)));

console.log(`Made-up demo school: ${school.pupils.length} pupils, ${school.cycles.length} cycles, ${school.interventions.length} group interventions (seed ${seed}, ${today}).`);
console.log(`Wrote ${written.length} files:`);
for (const file of written) console.log(`  ${file}`);
