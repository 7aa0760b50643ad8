import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";

// Extension pages load only their own bundled code: no remote scripts, styles, fonts or connections.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  srcDir: ".",
  imports: false,
  entrypointsDir: "entrypoints",
  outDir: process.env.WXT_OUT_DIR ?? ".output",
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: "SEND Companion",
    description:
      "Graduated approach records, setting self-audit and EHC evidence packs for SENCOs, kept on this computer.",
    permissions: ["storage", "alarms"],
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
