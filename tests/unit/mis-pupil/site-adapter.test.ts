import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { DetectedPupil, Detection } from "@/mis-pupil/detect";
import {
  AdapterRules, DetectedPupilMessage, DetectionMessage, matchPatternFor, MisOrigin, MisSite, MisSites, originFromInput,
} from "@/mis-pupil/site-adapter";

const messages = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : result.error.issues.map((i) => i.message));
const site = (origin: string, id = "s1") => ({ id, name: "Our MIS", origin, addedAt: "2026-03-10T09:00:00.000Z" });

describe("originFromInput", () => {
  it("keeps only the origin of an address pasted from the address bar", () => {
    expect(originFromInput(" https://MIS.Example.org/pupils/123?tab=send#top ")).toEqual({ ok: true, origin: "https://mis.example.org" });
    expect(originFromInput("mis.example.org/pupils")).toEqual({ ok: true, origin: "https://mis.example.org" });
    expect(originFromInput("https://mis.example.org:8443/")).toEqual({ ok: true, origin: "https://mis.example.org:8443" });
    expect(originFromInput("http://localhost:3000/test")).toEqual({ ok: true, origin: "http://localhost:3000" });
    expect(originFromInput("http://127.0.0.1:8080")).toEqual({ ok: true, origin: "http://127.0.0.1:8080" });
  });

  it("explains addresses it cannot follow", () => {
    expect(originFromInput("  ")).toEqual({ ok: false, message: "Enter your MIS's web address, for example https://mis.example.org." });
    expect(originFromInput("http://mis.example.org")).toEqual({
      ok: false,
      message: "The address must start with https:// (a secure connection); only a test server on this computer (localhost) may use http://.",
    });
    expect(originFromInput("https://*.example.org")).toEqual({
      ok: false,
      message: "Enter one web address without *: SEND Companion follows one MIS site at a time.",
    });
    expect(originFromInput("not a web address")).toEqual({
      ok: false,
      message: "not a web address is not a web address. Copy it from the address bar of your MIS, for example https://mis.example.org.",
    });
    expect(originFromInput("file:///C:/mis/pupil.html")).toMatchObject({ ok: false, message: expect.stringContaining("starts with https://") });
    expect(originFromInput("https://name:secret@mis.example.org")).toEqual({ ok: false, message: "Remove the user name and password from the address." });
  });
});

describe("MisOrigin", () => {
  it("normalises case and a trailing slash", () => {
    expect(MisOrigin.parse("HTTPS://MIS.Example.org/")).toBe("https://mis.example.org");
  });

  it("takes only an origin: no path, no wildcard, no plain http away from this computer", () => {
    expect(messages(MisOrigin.safeParse("https://mis.example.org/pupils"))).toEqual([
      "Use only the site's address, https://mis.example.org, with nothing after it.",
    ]);
    expect(messages(MisOrigin.safeParse("mis.example.org"))).toEqual(["The address must start with https://, for example https://mis.example.org."]);
    expect(messages(MisOrigin.safeParse("https://*.example.org"))).toHaveLength(1);
    expect(messages(MisOrigin.safeParse("http://mis.example.org"))).toHaveLength(1);
    expect(MisOrigin.safeParse("http://localhost:5173").success).toBe(true);
  });
});

describe("matchPatternFor", () => {
  it("matches every page of the site, on any port (Firefox match patterns hold no port)", () => {
    expect(matchPatternFor("https://mis.example.org")).toBe("https://mis.example.org/*");
    expect(matchPatternFor("http://localhost:3000")).toBe("http://localhost/*");
  });
});

describe("AdapterRules", () => {
  it("accepts rules with a selector, a pattern or both", () => {
    const rules = { upn: { selector: "#upn" }, dateOfBirth: { pattern: String.raw`Born (\d+ \w+ \d{4})` }, fullName: { selector: "h1", pattern: "(.*)" } };
    expect(AdapterRules.parse(rules)).toEqual(rules);
  });

  it("names the field whose pattern is not a valid regular expression", () => {
    const result = AdapterRules.safeParse({ upn: { pattern: "UPN (\\w+" } });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ["upn", "pattern"],
        message: String.raw`The pattern for UPN is not a valid regular expression: Invalid regular expression: /UPN (\w+/i: Unterminated group`,
      }),
    ]);
  });

  it("rejects an empty selector and a rule with nothing in it", () => {
    expect(messages(AdapterRules.safeParse({ lastName: { selector: "  " } }))).toEqual([
      "Enter a CSS selector, or leave the selector out.",
      "The rule for Surname needs a CSS selector, a pattern or both.",
    ]);
    expect(messages(AdapterRules.safeParse({ firstName: {} }))).toEqual(["The rule for First name needs a CSS selector, a pattern or both."]);
  });
});

describe("MisSite and MisSites", () => {
  it("fills in empty rules and normalises the origin", () => {
    expect(MisSite.parse(site("https://MIS.example.org/"))).toEqual({ ...site("https://mis.example.org"), rules: {} });
  });

  it("explains a missing or long name", () => {
    expect(messages(MisSite.safeParse({ ...site("https://mis.example.org"), name: " " }))).toEqual(["Enter a name for your MIS."]);
    expect(messages(MisSite.safeParse({ ...site("https://mis.example.org"), name: "x".repeat(61) }))).toEqual(["Keep the name to 60 characters or fewer."]);
  });

  it("names an origin added twice", () => {
    const result = MisSites.safeParse([site("https://mis.example.org", "a"), site("https://mis.example.org/", "b")]);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ path: [1, "origin"], message: "https://mis.example.org is added twice; keep one." }),
    ]);
  });
});

describe("DetectionMessage", () => {
  it("has the same shape as the detector's types", () => {
    expectTypeOf<DetectedPupilMessage>().toEqualTypeOf<DetectedPupil>();
    expectTypeOf<DetectionMessage>().toEqualTypeOf<Detection>();
  });

  it("accepts what the detector sends", () => {
    const pupil = { upn: "P999200115003", fullName: "MADEUPSON, Cleo", lastName: "MADEUPSON", firstName: "Cleo", dateOfBirth: "2015-11-09", via: "site" };
    expect(DetectionMessage.parse({ kind: "pupil", pupil })).toEqual({ kind: "pupil", pupil });
    expect(DetectionMessage.parse({ kind: "several", count: 8 })).toEqual({ kind: "several", count: 8 });
    expect(DetectionMessage.parse({ kind: "none" })).toEqual({ kind: "none" });
  });

  it("rejects a bad UPN, a date not written yyyy-mm-dd, an overlong name and an unknown source", () => {
    const bad = (pupil: object) => DetectionMessage.safeParse({ kind: "pupil", pupil: { via: "generic", ...pupil } }).success;
    expect(bad({ upn: "A999200115001" })).toBe(false);
    expect(bad({ dateOfBirth: "04/03/2015" })).toBe(false);
    expect(bad({ fullName: "x".repeat(101) })).toBe(false);
    expect(DetectionMessage.safeParse({ kind: "pupil", pupil: { via: "page" } }).success).toBe(false);
    expect(DetectionMessage.safeParse({ kind: "several", count: 1.5 }).success).toBe(false);
  });
});
