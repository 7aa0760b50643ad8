export { looksLikeCtf, readCtf, type CtfRead, type CtfSource } from "./read-ctf";
export type { SourceCells, SourceRow } from "./source-row";
