import type { ImportField } from "./headers";

/**
 * Column headings as MIS exports and school spreadsheets write them (SIMS, Arbor, Bromcom, Scholarpack,
 * Pupil Asset, Excel lists), per field. They are compared lowercased with everything but letters and digits
 * removed, so "D.O.B." matches "dob". Each spelling has its own test: add one here and it is tested.
 */
export const HEADER_SPELLINGS: Record<ImportField, readonly string[]> = {
  firstName: [
    "Forename", "First name", "Legal forename", "Given name", "Legal first name", "Preferred forename",
    "Student forename", "Pupil forename", "Child forename", "First names", "Forenames", "Student first name",
  ],
  lastName: [
    "Surname", "Legal surname", "Last name", "Family name", "Legal last name", "Preferred surname",
    "Student surname", "Pupil surname", "Child surname",
  ],
  fullName: [
    "Name", "Student", "Pupil", "Pupil name", "Student name", "Full name", "Child name", "Child", "Legal name",
    "Name (surname, forename)", "Learner", "Learner name",
  ],
  dateOfBirth: ["DOB", "D.O.B.", "Date of birth", "Birth date", "Birthdate", "Student DOB", "Pupil DOB"],
  upn: ["UPN", "Unique pupil number", "Student UPN", "Pupil UPN"],
  formerUpn: ["Former UPN", "Previous UPN", "Old UPN"],
  yearGroup: [
    "Year", "Year group", "NC year", "NC year group", "Curriculum year", "National curriculum year", "NC year actual",
    "Yr", "Year grp", "Academic year group",
  ],
  senStatus: [
    "SEN status", "SEN provision", "SEN provision code", "SEN stage", "SEN", "Current SEN status", "SEN code",
    "SEN status code", "SEN support status", "Current SEN provision", "SEN category",
  ],
  senSince: [
    "SEN provision since", "SEN since", "SEN start date", "SEN provision start date", "SEN status start",
    "SEN status start date", "SEN stage start date", "SEN provision start", "SEN status date",
  ],
  primaryNeed: [
    "Primary need", "SEN need 1", "Primary SEN need", "SEN type 1", "Primary SEN type", "SEN need", "SEN primary need",
    "SEN type", "SEN need type 1", "SEN need type", "Primary need type", "Main need", "SEN primary type",
    "Primary need code", "Need 1", "Type of need",
  ],
  secondaryNeed: [
    "Secondary need", "SEN need 2", "Secondary SEN need", "SEN type 2", "Secondary SEN type", "SEN secondary need",
    "SEN need type 2", "Secondary need type", "SEN secondary type", "Secondary need code", "Need 2",
  ],
  furtherNeeds: ["SEN need 3", "SEN type 3", "SEN need type 3", "Other needs", "Further needs", "Need 3"],
};

/** Words in a heading that suggest the column holds SEN data, so leaving it out is worth a word. */
export const SEN_LOOKING = /\b(sen|send|senco|need|needs|ehc|ehcp|statement|provision|disab\w*|support|iep|ranked)\b/i;
