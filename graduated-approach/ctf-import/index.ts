export { looksLikeCtf, readCtf, type CtfRead, type CtfReadOptions, type CtfSource } from "./read-ctf";
export type { SourceCells, SourceRow } from "./source-row";
