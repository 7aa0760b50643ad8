import { describe, expect, it } from "vitest";
import { findTool, popplerTool, ToolMissing, type Surroundings } from "../../../scripts/find-tools";

/** A pretend machine: its platform, environment and the files that exist on it. */
const machine = (platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): Surroundings => ({
  platform,
  env: { PATH: platform === "win32" ? "C:\\Windows" : "/usr/local/bin:/usr/bin", ...env },
  exists: (path) => files.includes(path),
  home: platform === "win32" ? "C:\\Users\\test" : "/home/test",
});

const missing = (tool: Parameters<typeof findTool>[0], around: Surroundings) => {
  try {
    findTool(tool, around);
  } catch (error) {
    expect(error).toBeInstanceOf(ToolMissing);
    return (error as Error).message;
  }
  throw new Error(`${tool} was found`);
};

describe("finding the browsers and PDF tools", () => {
  it("finds Debian's Chromium, Firefox ESR and poppler in their usual places", () => {
    const debian = machine("linux", ["/usr/bin/chromium", "/usr/bin/firefox-esr", "/usr/bin/pdftotext"]);
    expect(findTool("chromium", debian)).toBe("/usr/bin/chromium");
    expect(findTool("firefox", debian)).toBe("/usr/bin/firefox-esr");
    expect(popplerTool("pdftotext", debian)).toBe("/usr/bin/pdftotext");
  });

  it("finds Chromium on macOS and Chrome for Testing where no Chromium is installed", () => {
    expect(findTool("chromium", machine("darwin", ["/Applications/Chromium.app/Contents/MacOS/Chromium"]))).toBe("/Applications/Chromium.app/Contents/MacOS/Chromium");
    const cft = "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing";
    expect(findTool("chromium", machine("darwin", [cft]))).toBe(cft);
  });

  it("prefers CHROME_PATH, and says plainly when it points nowhere", () => {
    const around = machine("linux", ["/usr/bin/chromium", "/opt/cft/chrome"], { CHROME_PATH: "/opt/cft/chrome" });
    expect(findTool("chromium", around)).toBe("/opt/cft/chrome");
    expect(missing("chromium", machine("linux", ["/usr/bin/chromium"], { CHROME_PATH: "/opt/gone/chrome" }))).toBe(
      "CHROME_PATH points at /opt/gone/chrome, which does not exist: fix the path or unset CHROME_PATH.",
    );
  });

  it("refuses branded Google Chrome, which ignores --load-extension, but accepts Chrome for Testing", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(missing("chromium", machine("darwin", [chrome], { CHROME_PATH: chrome }))).toMatch(/^CHROME_PATH points at branded Google Chrome.*Chromium or Chrome for Testing instead\.$/);
    const cft = "C:\\cft\\Google Chrome for Testing\\chrome.exe";
    expect(findTool("chromium", machine("win32", [cft], { CHROME_PATH: cft }))).toBe(cft);
  });

  it("says in one sentence what to install on each platform when a browser is missing", () => {
    const linux = missing("chromium", machine("linux", []));
    expect(linux).toBe(
      "No Chromium was found: install Chromium (Debian or Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable " +
        "(branded Google Chrome 137 and later ignores --load-extension, so it cannot be used).",
    );
    expect(linux.split(/\.\s/)).toHaveLength(1);
    expect(missing("firefox", machine("darwin", []))).toBe(
      "No Firefox was found: install Firefox ESR (brew install --cask firefox@esr), or set FIREFOX_PATH to its executable.",
    );
    expect(missing("poppler", machine("win32", []))).toBe(
      "The PDF tools (pdftotext) were not found: install poppler (choco install poppler, or scoop install poppler), or set POPPLER_PATH to the folder that holds pdftotext.",
    );
  });

  it("finds Firefox and poppler on Windows, from Program Files and POPPLER_PATH", () => {
    const around = machine("win32", ["C:\\Program Files/Mozilla Firefox/firefox.exe", "C:\\poppler\\bin/pdftotext.exe"], {
      PROGRAMFILES: "C:\\Program Files",
      POPPLER_PATH: "C:\\poppler\\bin",
    });
    expect(findTool("firefox", around)).toBe("C:\\Program Files/Mozilla Firefox/firefox.exe");
    expect(popplerTool("pdfinfo", around)).toBe("C:\\poppler\\bin/pdfinfo.exe");
  });
});
