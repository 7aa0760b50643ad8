import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { popplerTool } from "../../scripts/find-tools";

/** The text of a PDF file, laid out as on the page, via poppler's pdftotext (optionally one page). */
export function pdfText(path: string, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync(popplerTool("pdftotext"), ["-layout", ...pages, path, "-"], { encoding: "utf8" });
}

/** How many pages a PDF file has, via poppler's pdfinfo. */
export function pdfPageCount(path: string): number {
  const info = execFileSync(popplerTool("pdfinfo"), [path], { encoding: "utf8" });
  return Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
}

/** The text of each page of a PDF held in memory (written to a temporary file that is then removed). */
export function pdfBytesPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "send-companion-pdf-"));
  try {
    const file = join(dir, "document.pdf");
    writeFileSync(file, bytes);
    return Array.from({ length: pdfPageCount(file) }, (_, i) => pdfText(file, i + 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
