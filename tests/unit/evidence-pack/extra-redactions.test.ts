import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { finalCheck } from "@/evidence-pack/final-check";
import { buildEvidencePack, SENSITIVITY } from "@/evidence-pack/pack";
import { evidencePackPdf } from "@/evidence-pack/pdf/evidence-pack-pdf";
import { pdfBytesPages } from "../../support/pdf-text";
import { packCycles, packPupil, PACK_UPN, SUBMISSION_DATE } from "../../fixtures/evidence-pack";

const framework = loadBuiltInFramework();
const SETTING = "Nowhere Test Primary School (fake)";
const OPTIONS = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "FEDCBA9876543210FEDCBA9876543210" };

/** Pip (made up), with a sibling, a village, a postcode, a UPN and a birthday written into the notes. */
function pupilWithOtherPeople() {
  const pupil = packPupil();
  return {
    ...pupil,
    profile: {
      ...pupil.profile,
      importantToMe: "Walking to Little Fakesby with my sister Jessamy, and football with my friend Ollie Madeup.",
      likeAndAdmire: `Lives near BA1 9ZZ in Little Fakesby; his old school wrote his number as ${PACK_UPN}; born March 4, 2016.`,
    },
  };
}

const build = (redact: string[]) =>
  buildEvidencePack({ pupil: pupilWithOtherPeople(), cycles: packCycles(), framework, setting: { name: SETTING }, submissionDate: SUBMISSION_DATE, pseudonymise: true, redact });

describe("extra words to leave out of the de-identified pack, and its final check", () => {
  it("replaces each word the SENCO adds (any case, whole words only) and keeps the pack's sensitivity marking", () => {
    const pack = build(["Jessamy", "little fakesby"]);
    expect(pack.pupil.profile.importantToMe).toBe("Walking to [redacted] with my sister [redacted], and football with my friend Ollie Madeup.");
    expect([pack.pseudonymised, pack.sensitivity]).toEqual([true, SENSITIVITY.pseudonymised]);
  });

  it("lists what is left out, with how often each extra word was found, and what still looks like a name, full date, UPN or postcode", () => {
    const check = finalCheck(build([]), build(["Jessamy", "Little Fakesby", "Zebedee"]), ["Jessamy", "Little Fakesby", "Zebedee", " "]);
    expect(check.leftOut.slice(-3)).toEqual([
      '"Jessamy": replaced by [redacted] in 1 place.',
      '"Little Fakesby": replaced by [redacted] in 2 places.',
      '"Zebedee": not found in the pack, so nothing was taken out for it.',
    ]);
    expect(check.leftOut[0]).toBe("The pupil's name: initials only (P.T.).");
    expect(check.stillThere).toEqual([
      { kind: "a UPN", text: PACK_UPN, where: "Pupil summary" },
      { kind: "a postcode", text: "BA1 9ZZ", where: "Pupil summary" },
      { kind: "a full date (perhaps a date of birth)", text: "March 4, 2016", where: "Pupil summary" },
      { kind: "a name", text: "Ollie Madeup", where: "Pupil summary" },
    ]);
  });

  it("finds nothing to warn about once those are redacted too", () => {
    const words = ["Jessamy", "Little Fakesby", "Ollie Madeup", "BA1 9ZZ", PACK_UPN, "March 4, 2016"];
    expect(finalCheck(build([]), build(words), words).stillThere).toEqual([]);
  });

  it("leaves no redacted word in the PDF's text (pdftotext)", () => {
    const words = ["Jessamy", "Little Fakesby", "Ollie Madeup"];
    const text = pdfBytesPages(evidencePackPdf(build(words), OPTIONS)).join("\n");
    for (const word of words) expect(text).not.toContain(word);
    expect(text).toContain("[redacted]");
    expect(text).toContain("Pseudonymised");
    const unredacted = pdfBytesPages(evidencePackPdf(build([]), OPTIONS)).join("\n");
    expect(unredacted, "the words were there to take out").toContain("Jessamy");
  });
});
