import type { BroadArea } from "@/graduated-approach/census-codes";
import type { Provision } from "@/graduated-approach/cycle-stages";

/** Provision a made-up plan can choose; statement ids refer to the built-in framework. */
export type ProvisionTemplate = Omit<Provision, "id" | "area" | "who"> & { staff: "ta" | "hlta" | "elsa" | "teacher" | "mentor" | "visitor"; visitor?: string };

export const PROVISION_TEMPLATES: Record<BroadArea, ProvisionTemplate[]> = {
  "communication-interaction": [
    { statementId: "ci-t-02", title: "Oral language programme in a small group", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 20, groupSize: 4, weeks: 20, hourlyCost: 18 },
    { statementId: "ci-t-03", title: "Pre-teaching topic vocabulary", staff: "ta", frequencyPerWeek: 2, sessionMinutes: 20, groupSize: 3, weeks: 12, hourlyCost: 18 },
    { statementId: "ci-t-04", title: "Social communication group", staff: "hlta", frequencyPerWeek: 1, sessionMinutes: 45, groupSize: 6, weeks: 12, hourlyCost: 22 },
    { statementId: "ci-t-06", title: "Colour-coded sentence building", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 20, groupSize: 3, weeks: 10, hourlyCost: 18 },
    { statementId: "ci-tp-01", title: "Individual speech and language programme set by the therapist", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 20, groupSize: 1, weeks: 30, hourlyCost: 19 },
  ],
  "cognition-learning": [
    { statementId: "cl-t-01", title: "Phonics catch-up", staff: "ta", frequencyPerWeek: 5, sessionMinutes: 15, groupSize: 3, weeks: 12, hourlyCost: 18 },
    { statementId: "cl-t-02", title: "Precision teaching", staff: "ta", frequencyPerWeek: 5, sessionMinutes: 10, groupSize: 1, weeks: 12, hourlyCost: 18 },
    { statementId: "cl-t-03", title: "Paired reading for fluency", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 20, groupSize: 2, weeks: 10, hourlyCost: 18 },
    { statementId: "cl-t-04", title: "Closing number gaps in a small group", staff: "hlta", frequencyPerWeek: 3, sessionMinutes: 30, groupSize: 4, weeks: 12, hourlyCost: 22 },
    { statementId: "cl-tp-03", title: "Individual daily literacy programme", staff: "hlta", frequencyPerWeek: 5, sessionMinutes: 30, groupSize: 1, weeks: 36, hourlyCost: 22 },
    { statementId: "cl-tp-02", title: "Specialist teaching for dyslexia", staff: "visitor", visitor: "Specialist teacher (SpLD), visiting", frequencyPerWeek: 1, sessionMinutes: 45, groupSize: 1, weeks: 10, hourlyCost: 35 },
  ],
  semh: [
    { statementId: "semh-t-01", title: "Daily check-in and check-out with a trusted adult", staff: "mentor", frequencyPerWeek: 5, sessionMinutes: 10, groupSize: 1, weeks: 36, hourlyCost: 20 },
    { statementId: "semh-t-02", title: "Emotional literacy sessions", staff: "elsa", frequencyPerWeek: 1, sessionMinutes: 40, groupSize: 1, weeks: 8, hourlyCost: 20 },
    { statementId: "semh-t-06", title: "Nurture group", staff: "hlta", frequencyPerWeek: 4, sessionMinutes: 60, groupSize: 8, weeks: 30, hourlyCost: 25 },
    { statementId: "semh-t-06", title: "Anxiety management group", staff: "elsa", frequencyPerWeek: 1, sessionMinutes: 45, groupSize: 4, weeks: 8, hourlyCost: 20 },
    { statementId: "semh-tp-02", title: "Mental health support team sessions", staff: "visitor", visitor: "Mental health practitioner (MHST)", frequencyPerWeek: 1, sessionMinutes: 50, groupSize: 1, weeks: 8, hourlyCost: 35 },
  ],
  "sensory-physical": [
    { statementId: "sp-t-02", title: "Fine-motor and handwriting programme", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 15, groupSize: 4, weeks: 12, hourlyCost: 17 },
    { statementId: "sp-t-04", title: "Sensory circuit before lessons", staff: "ta", frequencyPerWeek: 5, sessionMinutes: 15, groupSize: 5, weeks: 36, hourlyCost: 17 },
    { statementId: "sp-tp-01", title: "Teacher of the deaf visit and advice", staff: "visitor", visitor: "Qualified teacher of the deaf (visiting)", frequencyPerWeek: 0.5, sessionMinutes: 60, groupSize: 1, weeks: 36, hourlyCost: 35 },
    { statementId: "sp-tp-03", title: "Occupational therapy programme delivered by a TA", staff: "ta", frequencyPerWeek: 3, sessionMinutes: 20, groupSize: 1, weeks: 24, hourlyCost: 17 },
  ],
};

/** The extra adult support many EHC plans name; custom, so no statement id. */
export const ONE_TO_ONE_SUPPORT: ProvisionTemplate = {
  title: "Individual support from a teaching assistant in lessons",
  staff: "ta",
  frequencyPerWeek: 5,
  sessionMinutes: 180,
  groupSize: 1,
  weeks: 38,
  hourlyCost: 17,
};
