/** The words the side panel and the pack both use, so they never disagree. */

export const LEGAL_TEST =
  "The legal test for an EHC (education, health and care) needs assessment is low: the local authority must assess " +
  "if the child or young person has or may have special educational needs and it may be necessary for special " +
  "educational provision to be made through an EHC plan (Children and Families Act 2014, section 36(8)).";

export const INFORMS_NEVER_BLOCKS =
  "This checklist informs; it never blocks a request. It lists what local authorities usually ask for, so gaps can " +
  "be filled or explained. The number of assess, plan, do, review cycles is not a legal gate.";

export const ATTENDANCE_NOT_RECORDED = "Not recorded in SEND Companion: attach the MIS attendance summary";

export const TIMELINE_NOTE =
  "The local authority must tell the family whether it will carry out an assessment within 6 weeks of the request, " +
  "and, if it assesses and decides to issue a plan, issue the final EHC plan within 20 weeks of the request (SEND " +
  "Regulations 2014, regulations 4 and 13). Some exceptions apply, for example over school holidays.";
