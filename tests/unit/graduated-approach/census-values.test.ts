import { describe, expect, it } from "vitest";
import { SenNeedCode } from "@/graduated-approach/census-codes";
import { readSenNeed, readSenProvision, SEN_NEED_DESCRIPTIONS } from "@/graduated-approach/census-values";

describe("SEN provision: codes and descriptions", () => {
  it.each([
    ["N", "none"], ["", "none"], ["No Special Educational Need", "none"], ["N - No SEN", "none"],
    ["K", "K"], ["k", "K"], ["K - SEN Support", "K"], ["SEN Support", "K"], ["K: SEN support", "K"],
    ["E", "E"], ["EHCP", "E"], ["EHC Plan", "E"], ["Education, Health and Care Plan", "E"],
    ["E - Education, Health & Care Plan", "E"],
  ])("reads %j as %s, with no notice", (said, code) => {
    expect(readSenProvision(said)).toEqual({ code });
  });

  it.each([
    ["A", "K", "School Action (A) was replaced in 2014: it is stored as K (SEN support)."],
    ["School Action", "K", "School Action (A) was replaced in 2014: it is stored as K (SEN support)."],
    ["P", "K", "School Action Plus (P) was replaced in 2014: it is stored as K (SEN support)."],
    ["School Action Plus", "K", "School Action Plus (P) was replaced in 2014: it is stored as K (SEN support)."],
    ["S", "E", "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan)."],
    ["Statement", "E", "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan)."],
    ["S - Statement", "E", "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan)."],
  ])("reads the old value %j as %s and says so", (said, code, notice) => {
    expect(readSenProvision(said)).toEqual({ code, notice });
  });

  it("knows nothing else", () => {
    expect(readSenProvision("Q")).toBeUndefined();
    expect(readSenProvision("Maybe")).toBeUndefined();
  });
});

describe("SEN types: codes, DfE descriptions and variants", () => {
  it.each(SenNeedCode.options)("reads %s as its code, its DfE description, and both together", (code) => {
    const description = SEN_NEED_DESCRIPTIONS[code];
    expect(readSenNeed(code)).toEqual({ code });
    expect(readSenNeed(code.toLowerCase())).toEqual({ code });
    expect(readSenNeed(description)).toEqual({ code });
    expect(readSenNeed(`${code} - ${description}`)).toEqual({ code });
    expect(readSenNeed(`${description} (${code})`)).toEqual({ code });
  });

  it.each([
    ["ASD - Autistic Spectrum Disorder", "ASD"], ["Autism", "ASD"], ["ASC", "ASD"], ["Autistic Spectrum Condition", "ASD"],
    ["SpLD", "SPLD"], ["Dyslexia", "SPLD"], ["Visually impaired", "VI"], ["Down's syndrome", "DS"],
    ["Speech, language and communication needs", "SLCN"], ["Other Difficulty/Disability", "OTH"],
    ["Profound and Multiple Learning Difficulty", "PMLD"], ["Social, Emotional & Mental Health", "SEMH"],
  ])("reads %j as %s", (said, code) => {
    expect(readSenNeed(said)).toEqual({ code });
  });

  it("reads BESD as SEMH and says why", () => {
    const notice =
      "BESD (behaviour, emotional and social difficulty) was replaced by SEMH (Social, Emotional and Mental Health) in 2015: it is stored as SEMH.";
    expect(readSenNeed("BESD")).toEqual({ code: "SEMH", notice });
    expect(readSenNeed("Behaviour, Emotional and Social Difficulty")).toEqual({ code: "SEMH", notice });
  });

  it("knows nothing else", () => {
    expect(readSenNeed("XYZ")).toBeUndefined();
    expect(readSenNeed("Tall")).toBeUndefined();
  });
});
