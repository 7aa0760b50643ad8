/**
 * Names for made-up pupils and staff. Whimsical on purpose, so that nobody could take a demo record
 * for a real child: first names are foods, plants and small creatures; every surname says "test",
 * "sample", "demo", "mock", "example" or similar.
 */
export const FAKE_FIRST_NAMES = [
  "Pip", "Juniper", "Bramble", "Clementine", "Waffle", "Biscuit", "Pickle", "Nutmeg", "Sprout", "Muffin",
  "Pebble", "Marmalade", "Crumpet", "Noodle", "Sherbet", "Acorn", "Fennel", "Quince", "Dumpling", "Pudding",
  "Parsnip", "Kiwi", "Mango", "Turnip", "Hazelnut", "Toffee", "Wren", "Puffin", "Otterly", "Dormouse",
  "Thistle", "Sorrel", "Radish", "Custard", "Fudge", "Pumpkin", "Clover", "Nettle", "Gooseberry", "Bumble",
] as const;

export const FAKE_SURNAMES = [
  "Testington", "Sampleby", "Demo-Smith", "Mockley", "Exampleton", "Dummington", "Fakesworth", "Pretendle",
  "Madeupson", "Placeholder", "Specimen-Jones", "Trialwood", "Sampleford", "Testwell", "Demoworth",
  "Mockingbird-Test", "Examplebury", "Notreal", "Fictionshire", "Dummy-Brown",
] as const;

/** Made-up staff, with the role a SENCO would write beside the name. */
export const FAKE_STAFF = {
  ta: ["Mrs Testworth (TA)", "Mr Sampleford (TA)", "Ms Demo-Lee (TA)", "Mx Placeholder (TA)"],
  hlta: ["Mrs Mockley (HLTA)", "Mr Examplesmith (HLTA)"],
  elsa: ["Ms Pretendle (ELSA)", "Mr Fakesworth (ELSA)"],
  teacher: ["Miss Trialwood (class teacher)", "Mr Testwell (class teacher)", "Mrs Dummington (form tutor)"],
  senco: ["Ms Demoworth (SENCO)"],
  mentor: ["Mr Notreal (learning mentor)", "Mrs Specimen (pastoral lead)"],
} as const;

export const FAKE_ADVISERS = ["Dr Ima Placeholder", "Dr Sam Pleton", "Alex Testcase", "Jo Mockwell"] as const;

export const DEMO_SETTING_NAME = "Demo school: Sampleton All-Through Academy (made up)";

/** The fake local authority number every demo UPN starts with; no real LA uses it. */
export const DEMO_LA_CODE = "999";
