// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const browserApis = {
  group: ["wxt", "wxt/*", "webextension-polyfill", "@/platform", "@/platform/*"],
  message: "Only entrypoints/ and platform/ may call browser APIs.",
};
const storageOnly = { group: ["@/storage", "@/storage/*", "idb", "fake-indexeddb*"], message: "Only storage/ touches IndexedDB." };
const ui = { group: ["preact", "preact/*", "@preact/*"], message: "The domain is pure: no Preact." };
const domainGlobals = ["browser", "chrome", "indexedDB", "localStorage", "fetch", "XMLHttpRequest"].map((name) => ({
  name,
  message: `${name} is not available to pure domain code.`,
}));

const domainFolders = ["commitment-framework", "graduated-approach", "self-audit", "evidence-pack", "demo-school", "mis-pupil", "provision-map", "document-blocks", "inclusion-strategy", "support-plan", "case-sample", "transfer"];

export default tseslint.config(
  { ignores: [".output/**", ".output-*/**", "test-results/**", ".wxt/**", "node_modules/**", "demo-output/**", "coverage/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: domainFolders.map((f) => `${f}/**/*.ts`),
    rules: {
      "no-restricted-imports": ["error", { patterns: [browserApis, storageOnly, ui] }],
      "no-restricted-globals": ["error", ...domainGlobals],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [browserApis, storageOnly] }] },
  },
  {
    files: ["state/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [browserApis] }] },
  },
  {
    files: ["storage/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [browserApis, ui] }] },
  },
  {
    files: ["scripts/**/*.ts", "tests/**/*.{ts,tsx}"],
    rules: { "no-console": "off" },
  },
);
