import type { SourceRow } from "../csv-import/check-row";

/** A CTF pupil goes through the same row checks as a CSV row, so it has the same shape. */
export type { SourceRow };
export type SourceCells = SourceRow["cells"];
