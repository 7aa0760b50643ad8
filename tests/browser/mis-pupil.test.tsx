import { describe, expect, it } from "vitest";
import { checkUpn, syntheticUpn } from "@/graduated-approach/upn-check";
import { detectPupil, testRules, type AdapterRules } from "@/mis-pupil/detect";
import { patternAfterWords } from "@/mis-pupil/label-rule";
import cards from "../fixtures/mis-pages/layout-cards.html?raw";
import list from "../fixtures/mis-pages/layout-list.html?raw";
import spa from "../fixtures/mis-pages/layout-spa.html?raw";
import table from "../fixtures/mis-pages/layout-table.html?raw";
import plain from "../fixtures/mis-pages/plain-upn.html?raw";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const page = (body: string) => parse(`<!doctype html><html><body>${body}</body></html>`);

/** The rules a SENCO would set up for each layout in settings. */
const RULES: Record<"cards" | "table" | "spa", AdapterRules> = {
  cards: {
    fullName: { selector: "main > h1" },
    upn: { selector: "dd.upn" },
    dateOfBirth: { pattern: String.raw`Date of birth\s+(\S+)` },
  },
  table: {
    lastName: { selector: "#f-surname" },
    firstName: { selector: "#f-forename" },
    dateOfBirth: { selector: "#f-dob" },
    upn: { selector: "#f-upn" },
  },
  spa: {
    fullName: { selector: "[data-testid='learner-name']" },
    upn: { selector: "[data-chip='upn']", pattern: String.raw`UPN\s*(\w+)` },
    dateOfBirth: { selector: "[data-chip='dob']" },
  },
};

/** Look-alikes in the fixtures: a UPN's shape, the wrong check letter. */
const LOOK_ALIKES = { cards: "A999200115001", table: "A999200114002", spa: "B999200115003", plain: "C999200115005", list: "A999200115013" };

describe("detectPupil without site rules", () => {
  it("reads the cards layout: name from the main heading, date of birth and UPN from the details list", () => {
    expect(detectPupil(parse(cards))).toEqual({
      kind: "pupil",
      pupil: { upn: "L999200115001", fullName: "Ada Testpupil", dateOfBirth: "2015-03-04", via: "generic" },
    });
  });

  it("reads the table layout: legal surname and forename from their own cells", () => {
    expect(detectPupil(parse(table))).toEqual({
      kind: "pupil",
      pupil: { upn: "P999200114002", firstName: "Bram", lastName: "FAKENAME", dateOfBirth: "2014-01-12", via: "generic" },
    });
  });

  it("reads the single-page app's UPN and written date, and takes no name from its menus or sidebar", () => {
    expect(detectPupil(parse(spa))).toEqual({
      kind: "pupil",
      pupil: { upn: "P999200115003", dateOfBirth: "2015-11-09", via: "generic" },
    });
  });

  it("finds the UPN in a plain page's running text", () => {
    expect(detectPupil(parse(plain))).toEqual({ kind: "pupil", pupil: { upn: "T999200115005", via: "generic" } });
  });

  it("says a class list shows several pupils rather than guessing one", () => {
    expect(detectPupil(parse(list))).toEqual({ kind: "several", count: 8 });
  });

  it("ignores look-alike UPNs with the wrong check letter", () => {
    const pages = { cards, table, spa, plain, list };
    for (const [name, upn] of Object.entries(LOOK_ALIKES)) {
      expect(pages[name as keyof typeof pages]).toContain(upn);
      expect(checkUpn(upn).ok).toBe(false);
    }
    expect(detectPupil(page(`<p>Reference ${LOOK_ALIKES.plain} and ${LOOK_ALIKES.cards}</p>`))).toEqual({ kind: "none" });
  });

  it("finds nothing on a page with no pupil", () => {
    expect(detectPupil(page("<h1>Welcome</h1><p>Choose a pupil from the list.</p>"))).toEqual({ kind: "none" });
    expect(detectPupil(parse(""))).toEqual({ kind: "none" });
  });

  it("needs a date of birth beside a name", () => {
    expect(detectPupil(page("<main><h1>Ada Testpupil</h1><p>Year 5</p></main>"))).toEqual({ kind: "none" });
    expect(detectPupil(page("<dl><dt>Surname</dt><dd>Testpupil</dd><dt>Forename</dt><dd>Ada</dd></dl>"))).toEqual({ kind: "none" });
    expect(detectPupil(page("<main><h1>Ada Testpupil</h1><p>DOB: 4 March 2015</p></main>"))).toEqual({
      kind: "pupil",
      pupil: { fullName: "Ada Testpupil", dateOfBirth: "2015-03-04", via: "generic" },
    });
  });

  it("reads labels beside inputs, inside abbreviations and in running text", () => {
    const form = page(`
      <label for="sn">Surname</label><input id="sn" value="TESTPUPIL">
      <label for="fn">First name:</label><input id="fn" value="Ada">
      <table><tr><th><abbr title="Date of birth">D.O.B.</abbr></th><td>2015-03-04</td></tr></table>`);
    expect(detectPupil(form)).toEqual({
      kind: "pupil",
      pupil: { firstName: "Ada", lastName: "TESTPUPIL", dateOfBirth: "2015-03-04", via: "generic" },
    });
    expect(detectPupil(page("<p><b>Pupil name:</b> TESTPUPIL, Ada (Year 5)</p><p>Born on 04 Mar 2015</p>"))).toEqual({
      kind: "pupil",
      pupil: { fullName: "TESTPUPIL, Ada", lastName: "TESTPUPIL", firstName: "Ada", dateOfBirth: "2015-03-04", via: "generic" },
    });
  });

  it("does not guess between two different dates of birth", () => {
    const twins = page("<main><h1>Ada Testpupil</h1><p>DOB: 04/03/2015</p><p>DOB: 05/03/2015</p></main>");
    expect(detectPupil(twins)).toEqual({ kind: "none" });
  });

  it("reads a UPN written with spaces", () => {
    expect(detectPupil(page("<p>UPN: T 999 2001 15 005</p>"))).toEqual({ kind: "pupil", pupil: { upn: "T999200115005", via: "generic" } });
  });
});

describe("detectPupil with site rules", () => {
  it("reads the cards layout by its rules", () => {
    expect(detectPupil(parse(cards), RULES.cards)).toEqual({
      kind: "pupil",
      pupil: { upn: "L999200115001", fullName: "Ada Testpupil", dateOfBirth: "2015-03-04", via: "site" },
    });
  });

  it("reads the table layout by its rules", () => {
    expect(detectPupil(parse(table), RULES.table)).toEqual({
      kind: "pupil",
      pupil: { upn: "P999200114002", firstName: "Bram", lastName: "FAKENAME", dateOfBirth: "2014-01-12", via: "site" },
    });
  });

  it("reads the single-page app's header, splitting SURNAME, Forename", () => {
    expect(detectPupil(parse(spa), RULES.spa)).toEqual({
      kind: "pupil",
      pupil: { upn: "P999200115003", fullName: "MADEUPSON, Cleo", lastName: "MADEUPSON", firstName: "Cleo", dateOfBirth: "2015-11-09", via: "site" },
    });
  });

  it("reads fields without a rule generically", () => {
    expect(detectPupil(parse(spa), { fullName: RULES.spa.fullName })).toEqual({
      kind: "pupil",
      pupil: { upn: "P999200115003", fullName: "MADEUPSON, Cleo", lastName: "MADEUPSON", firstName: "Cleo", dateOfBirth: "2015-11-09", via: "site" },
    });
  });

  it("still says several on a class list when only the name has a rule", () => {
    expect(detectPupil(parse(list), { fullName: { selector: "td.name" } })).toEqual({ kind: "several", count: 8 });
  });

  it("does not throw on a bad selector or pattern: that field is simply not read", () => {
    const rules: AdapterRules = { upn: { selector: "td[class=" }, dateOfBirth: { pattern: "(" } };
    expect(detectPupil(parse(table), rules)).toEqual({ kind: "none" });
    expect(detectPupil(parse(table), { upn: { selector: "td[class=" } })).toEqual({
      kind: "pupil",
      pupil: { firstName: "Bram", lastName: "FAKENAME", dateOfBirth: "2014-01-12", via: "generic" },
    });
  });

  it("does not take a UPN rule's value when its check letter is wrong", () => {
    const former = { upn: { selector: "tr:nth-child(7) td.value" } };
    expect(detectPupil(parse(table), former)).toEqual({
      kind: "pupil",
      pupil: { firstName: "Bram", lastName: "FAKENAME", dateOfBirth: "2014-01-12", via: "generic" },
    });
  });
});

describe("testRules", () => {
  it("says what each rule found, with dates read back in words", () => {
    expect(testRules(parse(cards), RULES.cards)).toEqual([
      { field: "fullName", status: "found", value: "Ada Testpupil", message: "Full name: found Ada Testpupil" },
      { field: "upn", status: "found", value: "L999200115001", message: "UPN: found L999200115001" },
      { field: "dateOfBirth", status: "found", value: "2015-03-04", message: "Date of birth: found 04/03/2015 (4 March 2015)" },
    ]);
    expect(testRules(parse(spa), RULES.spa).map((t) => t.message)).toEqual([
      "Full name: found MADEUPSON, Cleo",
      "UPN: found P999200115003",
      "Date of birth: found 9 November 2015",
    ]);
  });

  it("reads a rule set in plain words, and explains it in the same words when they are not on the page", () => {
    expect(testRules(parse(cards), { dateOfBirth: { pattern: patternAfterWords("Date of birth") } })).toEqual([
      { field: "dateOfBirth", status: "found", value: "2015-03-04", message: "Date of birth: found 04/03/2015 (4 March 2015)" },
    ]);
    expect(testRules(parse(cards), { upn: { pattern: patternAfterWords("Learner number:") } }).map((t) => t.message)).toEqual([
      "UPN: the words \u201cLearner number\u201d, followed by a value, are not on this page",
    ]);
  });

  it("explains a selector that matches nothing, or is not valid", () => {
    expect(testRules(parse(table), { lastName: { selector: ".pupil-surname" }, firstName: { selector: "td[class=" } })).toEqual([
      { field: "firstName", status: "invalid", message: "First name: the selector td[class= is not a valid CSS selector" },
      { field: "lastName", status: "not-found", message: "Surname: the selector .pupil-surname matches nothing on this page" },
    ]);
  });

  it("explains a pattern that is not a valid regular expression, or does not match", () => {
    const doc = parse(spa);
    expect(testRules(doc, { dateOfBirth: { pattern: String.raw`Born (\d+` } })).toEqual([
      {
        field: "dateOfBirth",
        status: "invalid",
        message: String.raw`Date of birth: the pattern is not a valid regular expression: Invalid regular expression: /Born (\d+/i: Unterminated group`,
      },
    ]);
    expect(testRules(doc, { upn: { selector: "[data-chip='year']", pattern: String.raw`UPN\s*(\w+)` } })[0]!.message).toBe(
      `UPN: the pattern does not match the text of [data-chip='year'] ("Year 4")`,
    );
    expect(testRules(doc, { lastName: { pattern: "Surname: (\\w+)" } })[0]).toEqual({
      field: "lastName",
      status: "not-found",
      message: "Surname: the pattern does not match anything on this page",
    });
  });

  it("explains a UPN with the wrong check letter", () => {
    expect(testRules(parse(table), { upn: { selector: "tr:nth-child(7) td.value" } })).toEqual([
      { field: "upn", status: "invalid", value: "A999200114002", message: "UPN: found A999200114002 but its check letter is wrong (expected P)" },
    ]);
    expect(testRules(parse(spa), { upn: { selector: "[data-chip='ref']" } })[0]!.message).toBe(
      "UPN: found B999200115003 but its check letter is wrong (expected P)",
    );
  });

  it("explains text that is not a date, a rule with nothing in it, and a selector that takes too much", () => {
    const doc = parse(table);
    const [date, name, whole] = testRules(doc, {
      dateOfBirth: { selector: "#f-surname" },
      firstName: {},
      fullName: { selector: "body" },
    }).reverse();
    expect(date).toEqual({
      field: "dateOfBirth",
      status: "invalid",
      value: "FAKENAME",
      message: `Date of birth: found "FAKENAME", which is not a date that can be read (like 04/03/2015 or 4 March 2015)`,
    });
    expect(name).toEqual({ field: "firstName", status: "invalid", message: "First name: give a CSS selector, a pattern or both" });
    expect(whole!.status).toBe("invalid");
    expect(whole!.message).toMatch(/^Full name: found \d+ characters of text, too long for a name/);
    expect(whole!.value!.length).toBeLessThanOrEqual(200);
  });
});

describe("a rendered page (as the content script sees it)", () => {
  async function rendered(html: string): Promise<Document> {
    const frame = document.createElement("iframe");
    frame.style.width = "900px";
    frame.style.height = "600px";
    const loaded = new Promise((resolve) => (frame.onload = resolve));
    frame.srcdoc = html;
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }

  it("reads the same as the parsed page", async () => {
    const doc = await rendered(spa);
    expect(detectPupil(doc)).toEqual(detectPupil(parse(spa)));
    expect(detectPupil(doc, RULES.spa)).toEqual(detectPupil(parse(spa), RULES.spa));
    expect(detectPupil(await rendered(table))).toEqual(detectPupil(parse(table)));
  });

  it("leaves out what the page's CSS hides", async () => {
    const hiddenPanel = `<style>.gone { display: none }</style><div class="gone">UPN ${syntheticUpn("999200115099")}</div>`;
    const doc = await rendered(cards.replace("</main>", `${hiddenPanel}</main>`));
    expect(detectPupil(doc)).toMatchObject({ kind: "pupil", pupil: { upn: "L999200115001" } });
  });
});

describe("a large page", () => {
  it("finds the pupil above 5,000 rows of attendance", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>Session ${i + 1}</td><td>Present</td><td>/</td></tr>`).join("");
    const doc = page(`<main><h1>Ada Testpupil</h1><dl><dt>Date of birth</dt><dd>04/03/2015</dd><dt>UPN</dt><dd>L999200115001</dd></dl><table>${rows}</table></main>`);
    expect(detectPupil(doc)).toEqual({
      kind: "pupil",
      pupil: { upn: "L999200115001", fullName: "Ada Testpupil", dateOfBirth: "2015-03-04", via: "generic" },
    });
  });

  it("counts 5,000 different pupils as several", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>P${i}</td><td>${syntheticUpn(`99920011${String(i).padStart(4, "0")}`)}</td></tr>`).join("");
    expect(detectPupil(page(`<table>${rows}</table>`))).toEqual({ kind: "several", count: 5000 });
  });
});

describe("form pages", () => {
  it("reads values from inputs and selects inside the value cell", () => {
    const doc = page(`<table>
      <tr><td>Surname</td><td><input value="FAKENAME"></td></tr>
      <tr><td>Forename</td><td><select><option>Ada</option><option selected>Bram</option></select></td></tr>
      <tr><td>DOB</td><td><input value="12/01/2014"></td></tr></table>`);
    expect(detectPupil(doc)).toEqual({
      kind: "pupil",
      pupil: { firstName: "Bram", lastName: "FAKENAME", dateOfBirth: "2014-01-12", via: "generic" },
    });
  });
});
