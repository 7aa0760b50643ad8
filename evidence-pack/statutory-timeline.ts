import { addDays } from "@/graduated-approach/iso-date";
import { TIMELINE_NOTE } from "./legal-notes";

/** Decision within 6 weeks and final plan within 20 weeks of the request (SEND Regulations 2014, regs 4 and 13). */
export function statutoryTimeline(submissionDate: string) {
  return {
    submissionDate,
    decisionBy: addDays(submissionDate, 6 * 7),
    finalPlanBy: addDays(submissionDate, 20 * 7),
    note: TIMELINE_NOTE,
  };
}
