// Which JavaScript files a built page loads at start: its module scripts and modulepreload links, and
// every chunk those import statically. Dynamic `import("…")` is not followed: that code loads later.
import { posix } from "node:path";

const HTML_REF = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// `from"./x.js"`, `import"./x.js"` (side effect), never `import("./x.js")`.
const STATIC_IMPORT = /\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g;

/** Paths relative to the build folder (no leading slash), in the order first reached. */
export function startupChunks(html: string, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(HTML_REF)].map((m) => toBuildPath("/", (m[1] ?? m[2])!));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const m of read(path).matchAll(STATIC_IMPORT)) queue.push(toBuildPath(posix.dirname(`/${path}`), (m[1] ?? m[2])!));
  }
  return [...seen];
}

function toBuildPath(fromDir: string, ref: string): string {
  return posix.resolve(fromDir, ref).slice(1);
}
