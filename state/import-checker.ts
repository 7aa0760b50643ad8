import {
  checkSource, readImportFile, type ImportPreview, type ImportSource,
} from "@/graduated-approach/csv-import";
import type { Pupil } from "@/graduated-approach/pupil";

/** What a check is doing, for the progress bar. */
export interface CheckerProgress {
  done: number;
  total: number;
  phase: "Reading the file" | "Checking rows";
}

export interface ReadRequest {
  content: Uint8Array | string;
  fileName: string;
  settingName?: string;
  register: Pupil[];
  today: string;
}

export interface CheckRequest {
  source: ImportSource;
  register: Pupil[];
  today: string;
}

export type CheckerReply =
  | { ok: true; source: ImportSource; preview: ImportPreview }
  | { ok: false; message: string }
  | { ok: "stopped" };

/**
 * Reads and checks a file away from the page (a Web Worker in the workspace) or in the page in steps (tests,
 * and where workers cannot start). A cancelled or superseded request answers `{ ok: "stopped" }`.
 */
export interface ImportChecker {
  read(request: ReadRequest, onProgress: (progress: CheckerProgress) => void): Promise<CheckerReply>;
  check(request: CheckRequest, onProgress: (progress: CheckerProgress) => void): Promise<CheckerReply>;
  cancel(): void;
}

/** Reads a file and checks its rows; `afterChunk` reports progress and says whether to go on. */
export async function readAndCheck(
  { content, fileName, settingName, register, today }: ReadRequest,
  afterChunk: (progress: CheckerProgress) => Promise<boolean> | boolean,
  chunkSize?: number,
): Promise<CheckerReply> {
  const read = readImportFile(content, fileName, settingName ? { settingName } : {});
  if (!read.ok) return read;
  return checkOnly({ source: read.source, register, today }, afterChunk, chunkSize);
}

export async function checkOnly(
  { source, register, today }: CheckRequest,
  afterChunk: (progress: CheckerProgress) => Promise<boolean> | boolean,
  chunkSize?: number,
): Promise<CheckerReply> {
  const preview = await checkSource(source, register, today, {
    ...(chunkSize ? { chunkSize } : {}),
    afterChunk: (p) => afterChunk({ ...p, phase: "Checking rows" }),
  });
  return preview ? { ok: true, source, preview } : { ok: "stopped" };
}

/** Checks in the page, pausing between chunks so it can paint and respond. */
export function inPageChecker(chunkSize = 250): ImportChecker {
  let current = 0;
  const steps = (mine: number, onProgress: (p: CheckerProgress) => void) => async (p: CheckerProgress) => {
    if (mine !== current) return false;
    onProgress(p);
    await nextTask();
    return mine === current;
  };
  return {
    read: (request, onProgress) => readAndCheck(request, steps(++current, onProgress), chunkSize),
    check: (request, onProgress) => checkOnly(request, steps(++current, onProgress), chunkSize),
    cancel: () => void current++,
  };
}

/** Lets the page paint and respond to input before the next chunk. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
