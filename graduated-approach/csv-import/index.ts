export { IMPORT_FIELDS, IMPORT_FIELD_LABELS, recogniseHeaders, type ImportField } from "./headers";
export { parseCsv, type CsvDelimiter, type CsvTable } from "./parse-csv";
export { previewImport, type ImportPreview, type ImportValues, type PreviewRow } from "./preview";
export { applyImport, type ApplyOptions, type ImportResult } from "./apply";
export { readDate, readNeedCode, readSenStatus, readYearGroup, yearGroupFromBirth } from "./values";
