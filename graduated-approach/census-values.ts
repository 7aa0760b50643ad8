import { SEN_NEED_CODES, SEN_STATUS_LABELS, SenNeedCode, type SenStatusCode } from "./census-codes";

/**
 * One dictionary for the census values an MIS writes, as codes or as words, read the same way by the CSV
 * import, the Common Transfer File import and the pupil form. Keys are compared lowercased with "&" read as
 * "and" and everything but letters and digits removed, so "K - SEN Support", "k: sen support" and
 * "K-SENSupport" are one key.
 */
export function valueKey(text: string): string {
  return text.toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]/g, "");
}

/** A value read from a file: what it stores, and a sentence when the file used an old or renamed value. */
export interface CensusValue<T extends string> {
  code: T;
  notice?: string;
}

/** SEN provision as the census has it since 2014, with the words MIS exports write for each. */
const PROVISION_WORDS: Record<"none" | "K" | "E", string[]> = {
  none: ["", "n", "none", "nosen", "nospecialeducationalneed", "nospecialeducationalneeds", "no", "notsen", "nsen"],
  K: ["k", "sensupport", "support", "schoolsupport", "ksensupport", "senk", "ksupport"],
  E: [
    "e", "ehcp", "ehcplan", "ehc", "educationhealthandcareplan", "eehcp", "eeducationhealthandcareplan", "eehcplan",
    "educationhealthcareplan",
  ],
};

/** Provision codes from before the 2014 SEND reforms, still found in older exports and CTF histories. */
const OLD_PROVISION: Record<string, { code: "K" | "E"; was: string }> = {
  a: { code: "K", was: "School Action (A)" },
  schoolaction: { code: "K", was: "School Action (A)" },
  aschoolaction: { code: "K", was: "School Action (A)" },
  p: { code: "K", was: "School Action Plus (P)" },
  schoolactionplus: { code: "K", was: "School Action Plus (P)" },
  pschoolactionplus: { code: "K", was: "School Action Plus (P)" },
  s: { code: "E", was: "a statement of SEN (S)" },
  statement: { code: "E", was: "a statement of SEN (S)" },
  statemented: { code: "E", was: "a statement of SEN (S)" },
  statementofsen: { code: "E", was: "a statement of SEN (S)" },
  sstatement: { code: "E", was: "a statement of SEN (S)" },
  statementofspecialeducationalneeds: { code: "E", was: "a statement of SEN (S)" },
};

const PROVISION = new Map<string, CensusValue<SenStatusCode>>();
for (const [code, words] of Object.entries(PROVISION_WORDS) as [SenStatusCode, string[]][]) {
  for (const word of words) PROVISION.set(word, { code });
}
for (const [word, { code, was }] of Object.entries(OLD_PROVISION)) {
  PROVISION.set(word, {
    code,
    notice: `${was} was replaced in 2014: it is stored as ${code} (${SEN_STATUS_LABELS[code]}).`,
  });
}

/**
 * Census SEN provision from a code or its description. Blank reads as N, returned as "none" (an import keeps
 * an existing "monitoring" for N). Undefined when the text is not a provision the census knows.
 */
export function readSenProvision(text: string): CensusValue<SenStatusCode> | undefined {
  const whole = PROVISION.get(valueKey(text));
  if (whole) return whole;
  // "K - SEN Support", "S: Statement": the code before a dash or colon decides.
  const coded = /^\s*([a-z])\s*[-–:]\s*\S/i.exec(text);
  return coded ? PROVISION.get(coded[1]!.toLowerCase()) : undefined;
}

/** The DfE's description of each SEN type code, as the census guidance and MIS exports write it. */
export const SEN_NEED_DESCRIPTIONS: Record<SenNeedCode, string> = {
  SPLD: "Specific Learning Difficulty",
  MLD: "Moderate Learning Difficulty",
  SLD: "Severe Learning Difficulty",
  PMLD: "Profound & Multiple Learning Difficulty",
  SEMH: "Social, Emotional and Mental Health",
  SLCN: "Speech, Language and Communication Needs",
  HI: "Hearing Impairment",
  VI: "Visual Impairment",
  MSI: "Multi-Sensory Impairment",
  PD: "Physical Disability",
  ASD: "Autistic Spectrum Disorder",
  DS: "Down Syndrome",
  OTH: "Other Difficulty/Disability",
  NSA: "SEN support but no specialist assessment of type of need",
};

/** Other ways schools and MIS exports name each type of need. */
const NEED_VARIANTS: Record<SenNeedCode, string[]> = {
  SPLD: ["specificlearningdifficulties", "dyslexia", "dyscalculia", "dyspraxia", "spld"],
  MLD: ["moderatelearningdifficulties"],
  SLD: ["severelearningdifficulties"],
  PMLD: ["profoundandmultiplelearningdifficulties", "profoundmultiplelearningdifficulty"],
  SEMH: ["socialemotionalmentalhealth", "socialemotionalandmentalhealthdifficulties", "semhdifficulties"],
  SLCN: ["speechlanguageandcommunicationneed", "speechlanguagecommunicationneeds", "speechandlanguage", "slcd"],
  HI: ["hearingimpaired", "deaf", "hearingloss"],
  VI: ["visionimpairment", "visuallyimpaired", "visualimpairmentvi"],
  MSI: ["multisensoryimpairment", "multisensory", "deafblind"],
  PD: ["physicaldisabilities", "physicalimpairment"],
  ASD: [
    "asc", "autism", "autistic", "autismspectrumdisorder", "autisticspectrumcondition", "autismspectrumcondition",
    "autisticspectrumdisorders", "aspergers", "aspergerssyndrome",
  ],
  DS: ["downssyndrome", "downsyndrome"],
  OTH: ["other", "otherdifficultydisability", "otherdifficultyordisability", "oth"],
  NSA: ["nospecialistassessment", "sensupportbutnospecialistassessment", "notyetassessed"],
};

/** Need codes from before 2015: behaviour, emotional and social difficulty became SEMH. */
const OLD_NEEDS: Record<string, { code: SenNeedCode; was: string }> = {
  besd: { code: "SEMH", was: "BESD (behaviour, emotional and social difficulty)" },
  behaviouremotionalandsocialdifficulty: { code: "SEMH", was: "BESD (behaviour, emotional and social difficulty)" },
  behaviouralemotionalandsocialdifficulties: { code: "SEMH", was: "BESD (behaviour, emotional and social difficulty)" },
  behaviouremotionalandsocialdifficulties: { code: "SEMH", was: "BESD (behaviour, emotional and social difficulty)" },
};

const NEEDS = new Map<string, CensusValue<SenNeedCode>>();
for (const code of SenNeedCode.options) {
  const words = [code, SEN_NEED_DESCRIPTIONS[code], SEN_NEED_CODES[code].label, ...NEED_VARIANTS[code]].map(valueKey);
  for (const word of words) {
    NEEDS.set(word, { code });
    NEEDS.set(valueKey(code) + word, { code }); // "ASD - Autistic Spectrum Disorder"
    NEEDS.set(word + valueKey(code), { code }); // "Autistic Spectrum Disorder (ASD)"
  }
}
for (const [word, { code, was }] of Object.entries(OLD_NEEDS)) {
  const value = { code, notice: `${was} was replaced by ${code} (${SEN_NEED_DESCRIPTIONS[code]}) in 2015: it is stored as ${code}.` };
  NEEDS.set(word, value);
  NEEDS.set(`besd${word}`, value);
}

/** A census SEN type from its code ("SpLD"), its description, "code - description", or a common variant ("ASC", "Autism"). */
export function readSenNeed(text: string): CensusValue<SenNeedCode> | undefined {
  return NEEDS.get(valueKey(text));
}

/** "K (SEN support)", "ASD (Autistic Spectrum Disorder)": how the preview names a stored value. */
export function describeProvision(code: SenStatusCode): string {
  return code === "none" || code === "monitoring" ? `N (${SEN_STATUS_LABELS[code]})` : `${code} (${SEN_STATUS_LABELS[code]})`;
}

export function describeNeed(code: SenNeedCode): string {
  return `${code} (${SEN_NEED_DESCRIPTIONS[code]})`;
}
