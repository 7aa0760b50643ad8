export { convertRows, type ConversionResult } from "./convert";
export { importFrameworkFiles } from "./import-files";
export { FrameworkMapping, LevelMapping, MappingColumns, TierId, type FrameworkMappingInput } from "./mapping";
export { fileKind, readSourceRows, type FileKind, type SourceFile } from "./read-source";
export type { SourceRow } from "./source-rows";
export { STANDARD_TIERS } from "./standard-tiers";
export { distinctValues, guessAreas, guessColumns, guessLevels, topAreaNames } from "./guess-mapping";
export { guessHeaderRow, inspectSource, inspectSources, type Inspection } from "./inspect-source";
