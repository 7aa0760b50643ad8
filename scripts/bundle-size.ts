// Checks the side panel's start-up JavaScript against a budget, after the end-to-end build (see `test:e2e`).
// It builds nothing: it reads .output-e2e/chrome-mv3/sidepanel.html, takes its module scripts and
// modulepreload links, follows every static `import … from "…"` / `import "…"` / `export … from "…"` in
// those chunks (not dynamic `import("…")`, which loads later), and adds up their gzip sizes.
// Usage: tsx scripts/bundle-size.ts [build folder]   (exit 1 when over budget, 2 when the build is missing)
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { startupChunks } from "./startup-chunks";

/**
 * gzip bytes of the JS the side panel loads before anything is clicked: issue 16's limit of 100 KB (measured
 * 84.5 KB once the built-in framework became its own chunk). bench/budgets.json holds the same limit.
 */
export const SIDE_PANEL_START_JS_GZIP_BUDGET = 100 * 1024;

const outDir = process.argv[2] ?? ".output-e2e/chrome-mv3";
const htmlPath = join(outDir, "sidepanel.html");
if (!existsSync(htmlPath)) {
  console.error(`There is no ${htmlPath}. Build the extension first: tsx scripts/build-extension.ts e2e`);
  process.exit(2);
}

const chunks = startupChunks(readFileSync(htmlPath, "utf8"), (path) => readFileSync(join(outDir, path), "utf8"));
let raw = 0;
let gzip = 0;
for (const path of chunks) {
  const bytes = readFileSync(join(outDir, path));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`  ${relative(".", join(outDir, path)).padEnd(60)} ${kb(bytes.length).padStart(9)} raw ${kb(zipped).padStart(9)} gzip`);
}
const verdict = gzip <= SIDE_PANEL_START_JS_GZIP_BUDGET ? "within" : "OVER";
console.log(`Side panel start-up JS: ${kb(gzip)} gzip (${kb(raw)} raw) in ${chunks.length} chunks; ${verdict} the budget of ${kb(SIDE_PANEL_START_JS_GZIP_BUDGET)} gzip.`);
if (gzip > SIDE_PANEL_START_JS_GZIP_BUDGET) {
  console.error("The side panel loads too much JavaScript at start. Load the new code with a dynamic import() where it is first needed.");
  process.exit(1);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
