import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/** A new folder in the system's temporary folder, removed when the current test finishes, pass or fail. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `send-companion-${purpose}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
