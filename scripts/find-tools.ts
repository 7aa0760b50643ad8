// Finds the browsers and PDF tools the tests and the demo need, on Linux, macOS and Windows, and says in one
// sentence what to install when one is missing. Used by vitest.config.ts, the e2e layers and scripts/start.ts.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

export type Tool = "chromium" | "firefox" | "poppler";

export interface Surroundings {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
  home: string;
}

const here: Surroundings = { env: process.env, platform: process.platform, exists: existsSync, home: homedir() };

/** A tool the machine lacks, with a message that says what to install and how to point at it. */
export class ToolMissing extends Error {
  override name = "ToolMissing";
}

const ENV_VAR: Record<Tool, string> = { chromium: "CHROME_PATH", firefox: "FIREFOX_PATH", poppler: "POPPLER_PATH" };

function candidates(tool: Tool, { env, platform, home }: Surroundings): string[] {
  const local = env.LOCALAPPDATA ?? join(home, "AppData", "Local");
  const programs = [env.PROGRAMFILES ?? "C:\\Program Files", env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)"];
  const onPath = (name: string) => (env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  if (tool === "chromium") {
    if (platform === "darwin") {
      return ["/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
        join(home, "Applications/Chromium.app/Contents/MacOS/Chromium")];
    }
    if (platform === "win32") {
      return [join(local, "Chromium", "Application", "chrome.exe"), ...programs.map((p) => join(p, "Chromium", "Application", "chrome.exe")),
        join(local, "chrome-for-testing", "chrome.exe")];
    }
    return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", ...onPath("chromium"), ...onPath("chromium-browser")];
  }
  if (tool === "firefox") {
    if (platform === "darwin") return ["/Applications/Firefox.app/Contents/MacOS/firefox", join(home, "Applications/Firefox.app/Contents/MacOS/firefox")];
    if (platform === "win32") return programs.map((p) => join(p, "Mozilla Firefox", "firefox.exe"));
    return ["/usr/bin/firefox-esr", "/usr/bin/firefox", ...onPath("firefox-esr"), ...onPath("firefox")];
  }
  const exe = platform === "win32" ? "pdftotext.exe" : "pdftotext";
  return [...onPath(exe), ...(platform === "darwin" ? ["/opt/homebrew/bin/pdftotext", "/usr/local/bin/pdftotext"] : []), `/usr/bin/${exe}`];
}

const HOW_TO_INSTALL: Record<Tool, Partial<Record<NodeJS.Platform, string>> & { other: string }> = {
  chromium: {
    linux: "install Chromium (Debian or Ubuntu: sudo apt-get install chromium)",
    darwin: "install Chromium (brew install --cask chromium) or Chrome for Testing (npx @puppeteer/browsers install chrome@stable)",
    win32: "install Chrome for Testing (npx @puppeteer/browsers install chrome@stable) or Chromium",
    other: "install Chromium or Chrome for Testing",
  },
  firefox: {
    linux: "install Firefox ESR (Debian or Ubuntu: sudo apt-get install firefox-esr)",
    darwin: "install Firefox ESR (brew install --cask firefox@esr)",
    win32: "install Firefox ESR from mozilla.org",
    other: "install Firefox ESR",
  },
  poppler: {
    linux: "install poppler (Debian or Ubuntu: sudo apt-get install poppler-utils)",
    darwin: "install poppler (brew install poppler)",
    win32: "install poppler (choco install poppler, or scoop install poppler)",
    other: "install poppler",
  },
};

const WHAT: Record<Tool, string> = { chromium: "No Chromium was found", firefox: "No Firefox was found", poppler: "The PDF tools (pdftotext) were not found" };
const POINT_AT: Record<Tool, string> = {
  chromium: "set CHROME_PATH to its executable (branded Google Chrome 137 and later ignores --load-extension, so it cannot be used)",
  firefox: "set FIREFOX_PATH to its executable",
  poppler: "set POPPLER_PATH to the folder that holds pdftotext",
};

/** The path of a tool's executable (for poppler: the folder holding pdftotext), or ToolMissing. */
export function findTool(tool: Tool, around: Surroundings = here): string {
  const chosen = around.env[ENV_VAR[tool]];
  if (chosen) {
    const path = tool === "poppler" ? join(chosen, around.platform === "win32" ? "pdftotext.exe" : "pdftotext") : chosen;
    if (!around.exists(path)) throw new ToolMissing(`${ENV_VAR[tool]} points at ${path}, which does not exist: fix the path or unset ${ENV_VAR[tool]}.`);
    if (tool === "chromium" && /google chrome(?! for testing)|google-chrome/i.test(chosen)) {
      throw new ToolMissing(`CHROME_PATH points at branded Google Chrome, which ignores --load-extension from version 137: point it at Chromium or Chrome for Testing instead.`);
    }
    return chosen;
  }
  const found = candidates(tool, around).find((path) => around.exists(path));
  if (found) return tool === "poppler" ? found.slice(0, found.length - (around.platform === "win32" ? "pdftotext.exe" : "pdftotext").length - 1) : found;
  const how = HOW_TO_INSTALL[tool][around.platform] ?? HOW_TO_INSTALL[tool].other;
  throw new ToolMissing(`${WHAT[tool]}: ${how}, or ${POINT_AT[tool]}.`);
}

export const findChromium = (around?: Surroundings) => findTool("chromium", around);
export const findFirefox = (around?: Surroundings) => findTool("firefox", around);

/** The full path of a poppler program such as pdftotext or pdfinfo. */
export function popplerTool(name: "pdftotext" | "pdfinfo" | "pdftoppm", around: Surroundings = here): string {
  return join(findTool("poppler", around), around.platform === "win32" ? `${name}.exe` : name);
}
