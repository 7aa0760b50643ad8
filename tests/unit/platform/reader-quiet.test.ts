import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import reader from "@/entrypoints/mis.content";

/** Just enough of a page for WXT's content script context to start in Node. */
function fakePage() {
  const page = {
    postMessage: vi.fn(),
    dispatchEvent: vi.fn(() => true),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal("window", page);
  vi.stubGlobal("document", page);
  return page;
}

afterEach(() => vi.unstubAllGlobals());

describe("the MIS page reader's start-up", () => {
  it("posts no window message the page's own scripts could read", () => {
    const page = fakePage();
    const { main: _main, ...options } = reader;
    const ctx = new ContentScriptContext("mis", options);
    expect(page.postMessage).not.toHaveBeenCalled();
    ctx.abort("test over");
  });

  it("would post WXT's started notice without its option (so the check above can fail)", () => {
    const page = fakePage();
    const ctx = new ContentScriptContext("mis", {});
    expect(page.postMessage).toHaveBeenCalledTimes(1);
    expect(page.postMessage.mock.calls[0]?.[0]).toMatchObject({ type: expect.stringContaining("wxt:content-script-started") });
    ctx.abort("test over");
  });
});
