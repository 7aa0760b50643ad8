import { describe, expect, it } from "vitest";
import { startupChunks } from "../../../scripts/startup-chunks";

const html = `<!DOCTYPE html><html><head>
<script type="module" crossorigin src="/chunks/panel-A1.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/shared-B2.js">
<link rel="stylesheet" crossorigin href="/assets/panel.css">
</head><body></body></html>`;

const files: Record<string, string> = {
  "chunks/panel-A1.js": `import{a as e,b$ as t}from"./shared-B2.js";import"./side-C3.js";const l=()=>import("./lazy-D4.js");e(t,l);`,
  "chunks/shared-B2.js": `export{x as a}from"./deep-E5.js";const y=1;export{y as b$};`,
  "chunks/side-C3.js": `import{a}from"./shared-B2.js";a();`,
  "chunks/deep-E5.js": `const x=()=>"from \\"nowhere\\"";export{x};`,
  "chunks/lazy-D4.js": `import{z}from"./never-F6.js";`,
};

describe("startupChunks", () => {
  it("follows the page's module scripts and static imports, but not dynamic import()", () => {
    const read = (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`read an unexpected file ${path}`);
      return text;
    };
    expect(startupChunks(html, read)).toEqual(["chunks/panel-A1.js", "chunks/shared-B2.js", "chunks/side-C3.js", "chunks/deep-E5.js"]);
  });
});
