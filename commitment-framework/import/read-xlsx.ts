import type { Table } from "./source-rows";

/** Sheet names and the chosen sheet's cells as text. exceljs is large, so it is loaded only when a spreadsheet is read. */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array, sheet?: string): Promise<{ sheets: string[]; table: Table } | { problem: string }> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    return { problem: "is not a spreadsheet this can read (save it as .xlsx, or as CSV)" };
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!worksheet) return { problem: sheet ? `has no sheet called "${sheet}" (it has ${sheets.join(", ")})` : "has no sheets" };
  const table: Table = [];
  const width = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    table.push(cells);
  }
  return { sheets, table };
}

function cellText(cell: { text?: string; value?: unknown }): string {
  try {
    return (cell.text ?? "").trim();
  } catch {
    return String(cell.value ?? "").trim();
  }
}
