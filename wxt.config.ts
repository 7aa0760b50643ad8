import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { findTool, type Tool } from "./scripts/find-tools.ts";

// Extension pages load only their own bundled code: no remote scripts, styles, fonts or connections.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// The MIS sites a user may add: asked for one origin at a time, at run time; none is granted at install.
const MIS_SITE_PATTERNS = ["https://*/*", "http://localhost/*", "http://127.0.0.1/*"];
// End-to-end tests cannot click the browser's permission prompt, so their build is granted the local test
// server's host up front (SEND_COMPANION_TEST_HOSTS="http://127.0.0.1/*"). Normal builds ask at run time.
const TEST_HOSTS = process.env.SEND_COMPANION_TEST_HOSTS?.split(",").filter(Boolean) ?? [];

// `npm run dev` opens a browser with the extension loaded, found as the tests find theirs. With no display
// (a server, or CI) it only builds and rebuilds on change: load .output/chrome-mv3 into a browser yourself.
const NO_DISPLAY = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const installed = (tool: Tool) => {
  try {
    return findTool(tool);
  } catch {
    return undefined;
  }
};
const browserBinaries: Record<string, string> = {};
for (const [browser, tool] of [["chrome", "chromium"], ["firefox", "firefox"]] as const) {
  const path = installed(tool);
  if (path) browserBinaries[browser] = path;
}

export default defineConfig({
  srcDir: ".",
  imports: false,
  entrypointsDir: "entrypoints",
  outDir: process.env.WXT_OUT_DIR ?? ".output",
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: NO_DISPLAY, binaries: browserBinaries },
  manifest: ({ browser }) => ({
    name: "SEND Companion",
    description:
      "Graduated approach records, setting self-audit and EHC evidence packs for SENCOs, kept on this computer.",
    // unlimitedStorage: records and backups are not capped by the quota, and navigator.storage.persist() is
    // granted, so the browser does not clear them when the disk runs low.
    // idle: lock every page when the computer's screen locks (chrome.idle reports "locked").
    permissions: ["storage", "alarms", "scripting", "unlimitedStorage", "idle"],
    ...(browser === "firefox" ? { optional_permissions: MIS_SITE_PATTERNS } : { optional_host_permissions: MIS_SITE_PATTERNS }),
    ...(TEST_HOSTS.length > 0 ? { host_permissions: TEST_HOSTS } : {}),
    action: { default_title: "Open SEND Companion" },
    content_security_policy:
      browser === "firefox"
        ? (EXTENSION_PAGES_CSP as unknown as undefined)
        : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "send-companion@example.org",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
});
