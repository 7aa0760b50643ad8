import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";
import preact from "@preact/preset-vite";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";
import { findChromium } from "./scripts/find-tools.ts";

// npm's test scripts run scripts/preflight.ts first, which says what to install when Chromium is missing.
const chromePath = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          benchmark: { include: ["tests/bench/**/*.bench.ts"] },
          setupFiles: ["fake-indexeddb/auto"],
          // Some tests run a script in a child process (npm run demo, import, framework): on a busy 2-core
          // machine one can take longer than vitest's default 5 s without anything being wrong.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [preact()],
        resolve: { alias: { "@": root } },
        optimizeDeps: { include: ["preact", "preact/hooks", "@preact/signals", "zod", "vitest-browser-preact", "fast-xml-parser", "papaparse"] },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.tsx"],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromePath, args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"] } }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        resolve: { alias: { "@": root } },
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias: { "@": root } },
        test: {
          name: "firefox",
          environment: "node",
          include: ["tests/firefox/**/*.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
