/** The full ISP's section headings, in order (tests check each one is printed). */
export const ISP_HEADINGS = {
  about: "About this plan",
  profile: "About me",
  needs: "Needs",
  outcomes: "Outcomes we are working towards",
  provision: "Provision",
  responsibilities: "Who does what and when",
  reviews: "Reviews",
  involvement: "Parent and pupil involvement",
} as const;

/** The plain-language version's headings, for parents and the pupil. */
export const PLAIN_HEADINGS = {
  me: "About me",
  goals: "What we want to happen",
  weDo: "What we will do",
  youHelp: "How you can help",
  meet: "When we will meet",
} as const;

/** Printed on every ISP: our format is not the national one, which is not yet published. */
export const NOT_NATIONAL_NOTE =
  "The national Individual Support Plan format has not been published yet. This plan uses SEND Companion's own format (version 1) and can be changed.";
