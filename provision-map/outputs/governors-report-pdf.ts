import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { GOVERNORS_HEADINGS as H, type CountRow, type GovernorsReport } from "../governors-report";
import { LITTLE_PROGRESS_RULE, NOT_PROOF_OF_CAUSE } from "../what-works";
import { landscapeDoc, type PdfOptions } from "./landscape-pdf";
import { whatWorksTable } from "./report-tables";

const counts = (label: string, rows: CountRow[]) => ({ head: [label, "Pupils"], body: rows.length ? rows.map((r) => [r.label, r.count]) : [["None", 0]] });

/** The termly SEND report for governors as a PDF: counts, spend, what works and plan quality; no pupil is named. */
export function governorsReportPdf(report: GovernorsReport, options: PdfOptions): Uint8Array {
  const title = `SEND report for governors: ${report.settingName}`;
  const r = landscapeDoc(title, options);
  let y = r.heading(title, 14, 16);
  y = r.paragraph(`${report.term}, as on ${longDate(report.today)}. Numbers only: no pupil is named in this report.`, y);
  y = r.heading(H.register, y + 2, 12);
  y = r.paragraph(`${report.register.total} pupils are on the SEN register (SEN support or an EHC plan).`, y);
  y = r.table(counts("SEN status", report.register.byStatus), y, { tableWidth: 120 });
  y = r.table(counts("Primary need", report.register.byNeed), y, { tableWidth: 160 });
  r.table(counts("Year group", report.register.byYearGroup), y, { tableWidth: 120 });

  y = r.heading(H.spend, r.newPage());
  y = r.paragraph(`${formatPounds(report.spend.total)} this school year across ${report.spend.pupils} pupils, from plans and shares of group interventions.`, y);
  const money = (label: string, rows: GovernorsReport["spend"]["byArea"]) => ({ head: [label, "Pupils", "Cost"], body: rows.map((row) => [row.label, row.pupils, formatPounds(row.cost)]) });
  y = r.table(money("Area of need", report.spend.byArea), y, { tableWidth: 160 });
  y = r.table(money("Tier", report.spend.byTier), y, { tableWidth: 160 });
  r.table(money("Funding source", report.spend.byFunding), y, { tableWidth: 160 });

  y = r.heading(H.whatWorks, r.newPage());
  y = r.paragraph(`${NOT_PROOF_OF_CAUSE} No figure is given for fewer than 3 measured pupils. ${LITTLE_PROGRESS_RULE}`, y);
  y = r.table(whatWorksTable(report.whatWorks), y);

  y = r.heading(H.planQuality, y, 12);
  const q = report.planQuality;
  y = r.paragraph(`${q.openCycles} pupils have an open assess, plan, do, review cycle; ${q.nothingToImprove} of those plans have nothing to improve.`, y);
  r.table({ head: ["Most common thing to improve", "Plans"], body: q.commonIssues.length ? q.commonIssues.map((i) => [i.label, i.count]) : [["Nothing", 0]] }, y, { tableWidth: 160 });
  return r.finish(`${title} - ${report.term}`);
}
