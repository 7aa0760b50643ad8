import type { RecordStoreName } from "./schema";

/**
 * A save refused because another window saved or deleted the same record after this window read it.
 * Nothing was written; the caller offers "reload" (take theirs) or "keep mine" (write again with overwrite).
 */
export class StaleWriteError extends Error {
  constructor(
    readonly store: RecordStoreName,
    readonly id: string,
    readonly kind: "changed" | "deleted",
  ) {
    super(kind === "deleted" ? "it was deleted in another window after you opened it" : "it was changed in another window after you opened it");
    this.name = "StaleWriteError";
  }
}

export function isStaleWrite(error: unknown): error is StaleWriteError {
  return error instanceof StaleWriteError;
}
