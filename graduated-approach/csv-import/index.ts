export { IMPORT_FIELDS, IMPORT_FIELD_LABELS, looksLikeSen, recogniseHeaders, type ImportField } from "./headers";
export { HEADER_SPELLINGS } from "./header-spellings";
export { NAME_SPLIT_RULE, splitFullName } from "./split-name";
export { parseCsv, type CsvDelimiter, type CsvTable } from "./parse-csv";
export { rowChecker, sameDay } from "./check-row";
export {
  csvPreviewMeta, previewImport, previewRows, summarisePreview,
  type ImportPreview, type ImportValues, type PreviewMeta, type PreviewRow, type RowDates, type SourceRow,
  type Translation, type TranslationSummary,
} from "./preview";
export {
  csvSourceRows, fieldForColumn, fieldsFreeFor, mapColumn, mappingNotices, REQUIRED_FOR_NEW, senColumnsLeftOut,
  type ColumnMapping,
} from "./mapping";
export { EXCEL_WORKBOOK, sniffFile, XML_NOT_CTF, type FileKind } from "./file-kind";
export { applyImport, type ApplyOptions, type ImportResult } from "./apply";
export { skippedRows, skippedRowsCsv, type SkippedRow } from "./skipped-csv";
export { readDate, readNeedCode, readSenStatus, readYearGroup, yearGroupFromBirth } from "./values";
export { decodeFile, type DecodedFile } from "./decode-file";
export { MAX_FILE_BYTES, megabytes, readImportFile, sourceAsOf, sourceMeta, sourceRows, tooBigMessage, type ImportSource, type ReadOptions, type SourceRead } from "./read-file";
export { entryNoun, previewHeadline, previewJson, previewText } from "./preview-summary";
export { DEFAULT_UPDATE_FIELDS, fieldChanges, UPDATE_FIELD_LABELS, UPDATE_FIELDS, type FieldChange, type UpdateField } from "./update-fields";
export { checkSource, type CheckProgress, type CheckSteps } from "./check-source";
export { ImportJournal, planJournal, stampImport, touchedBy, type JournalPlan } from "./import-journal";
