import { TEMPLATE_HEADERS, templateRows } from "../template";

/** The spreadsheet template: a title row above the header, as local authority sheets often have. Loads exceljs on demand. */
export async function xlsxTemplate(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Framework");
  sheet.addRow(["Exampleshire ordinarily available provision (template: replace these rows with your own)"]);
  sheet.mergeCells(1, 1, 1, TEMPLATE_HEADERS.length);
  sheet.addRow(TEMPLATE_HEADERS).font = { bold: true };
  for (const row of templateRows()) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = i === 7 ? 60 : 16));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
