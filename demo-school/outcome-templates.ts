import type { BroadArea } from "@/graduated-approach/census-codes";

/**
 * Measurable outcomes for made-up plans. Each counts something, so baseline, target and review
 * evidence can be numbers on the same scale: "18 of the first 100 high-frequency words read on sight".
 */
export interface OutcomeTemplate {
  what: string;
  unit: string;
  baseline: [number, number];
  gain: [number, number];
  max: number;
  howMeasured: string;
  preparingForAdulthood?: boolean;
}

export const OUTCOME_TEMPLATES: Record<BroadArea, OutcomeTemplate[]> = {
  "communication-interaction": [
    { what: "Use longer sentences to describe a picture", unit: "words in a typical sentence describing a picture", baseline: [2, 3], gain: [2, 3], max: 10, howMeasured: "Language sample of 10 sentences, taken by the TA each half term" },
    { what: "Take turns in a structured game with a peer", unit: "turns taken without a prompt in a 10-minute game", baseline: [1, 3], gain: [3, 5], max: 12, howMeasured: "TA observation in the social communication group" },
    { what: "Understand and use the vocabulary of each new topic", unit: "of 20 taught topic words used correctly", baseline: [3, 8], gain: [6, 9], max: 20, howMeasured: "Vocabulary check at the end of each unit" },
    { what: "Follow two-part spoken instructions in class", unit: "of 10 two-part instructions followed first time", baseline: [2, 4], gain: [3, 5], max: 10, howMeasured: "Class teacher tally over one week" },
    { what: "Start a conversation with a familiar adult or friend", unit: "conversations started without a prompt in a week", baseline: [0, 1], gain: [2, 4], max: 10, howMeasured: "Key adult observation log" },
  ],
  "cognition-learning": [
    { what: "Read the first 100 high-frequency words on sight", unit: "of the first 100 high-frequency words read on sight", baseline: [10, 40], gain: [15, 30], max: 100, howMeasured: "Precision teaching probe, weekly" },
    { what: "Blend sounds to read short decodable words", unit: "of 20 decodable words read correctly", baseline: [4, 8], gain: [6, 10], max: 20, howMeasured: "Phonics assessment each half term" },
    { what: "Recall number bonds to 10 quickly", unit: "of 20 number-bond facts recalled within 3 seconds", baseline: [3, 8], gain: [7, 10], max: 20, howMeasured: "Timed recall check, fortnightly" },
    { what: "Write sentences independently with capital letters and full stops", unit: "correctly punctuated sentences written independently in a task", baseline: [1, 2], gain: [2, 4], max: 10, howMeasured: "Independent writing sample each half term" },
    { what: "Read aloud more fluently", unit: "words read correctly per minute on a matched passage", baseline: [35, 60], gain: [15, 25], max: 160, howMeasured: "One-minute fluency read, fortnightly" },
    { what: "Pay for items and check the change", unit: "of 10 shopping tasks completed correctly", baseline: [2, 4], gain: [3, 5], max: 10, howMeasured: "Life-skills task record", preparingForAdulthood: true },
  ],
  semh: [
    { what: "Use a chosen calm-down strategy when upset", unit: "of 10 observed upsets where a strategy was used", baseline: [1, 3], gain: [3, 5], max: 10, howMeasured: "Key adult log, reviewed weekly" },
    { what: "Settle into class at the start of the day", unit: "of 10 mornings settled within 5 minutes", baseline: [2, 5], gain: [3, 4], max: 10, howMeasured: "Check-in record" },
    { what: "Attend school more often", unit: "% attendance over the half term", baseline: [70, 85], gain: [6, 10], max: 100, howMeasured: "Attendance register" },
    { what: "Name a feeling and how strong it is", unit: "of 10 check-ins where a feeling and a rating are named", baseline: [2, 4], gain: [3, 5], max: 10, howMeasured: "Feelings scale at check-in" },
    { what: "Join a group game at break time", unit: "break times a week playing with a group", baseline: [0, 1], gain: [2, 3], max: 5, howMeasured: "Lunchtime supervisor observation" },
    { what: "Travel to a work placement on the bus without an adult", unit: "of 10 route steps done independently", baseline: [2, 4], gain: [3, 5], max: 10, howMeasured: "Travel training checklist", preparingForAdulthood: true },
  ],
  "sensory-physical": [
    { what: "Form lower-case letters correctly", unit: "of 26 lower-case letters formed correctly", baseline: [8, 14], gain: [6, 9], max: 26, howMeasured: "Handwriting sample each half term" },
    { what: "Check and use hearing technology independently", unit: "of 10 days when the radio aid was checked and used without a prompt", baseline: [2, 4], gain: [4, 5], max: 10, howMeasured: "Equipment check log" },
    { what: "Change for PE independently", unit: "of 8 steps of the changing routine done alone", baseline: [2, 4], gain: [2, 4], max: 8, howMeasured: "TA checklist in PE lessons" },
    { what: "Use the break card to manage sensory overload", unit: "of 10 breaks taken with the card and back within 5 minutes", baseline: [2, 4], gain: [3, 5], max: 10, howMeasured: "Break card record" },
    { what: "Type accurately to record work", unit: "words a minute typed accurately", baseline: [5, 10], gain: [5, 8], max: 60, howMeasured: "Typing check, monthly" },
  ],
};

/** Words to describe strengths and needs in each area, for the Assess stage. */
export const AREA_PROFILES: Record<BroadArea, { strengths: string[]; needs: string[] }> = {
  "communication-interaction": {
    strengths: ["Enjoys stories and joins in with repeated lines.", "Good at reading facial expressions of familiar adults.", "Keen to talk about favourite topics."],
    needs: ["Finds longer instructions hard to hold in mind.", "Struggles to find the right word and often says \"thing\".", "Finds unstructured social times hard."],
  },
  "cognition-learning": {
    strengths: ["Strong verbal reasoning and good ideas in discussion.", "Tries hard and keeps going with support.", "Good practical problem solving."],
    needs: ["Phonics knowledge is well below age-related expectations.", "Forgets taught facts quickly without over-learning.", "Slow to process new information."],
  },
  semh: {
    strengths: ["Kind to younger pupils.", "Responds well to a calm, familiar adult.", "Creative and loves art."],
    needs: ["Becomes anxious at transitions and may leave the room.", "Finds it hard to name feelings before they build up.", "Attendance has dropped this year."],
  },
  "sensory-physical": {
    strengths: ["Uses equipment well when reminded.", "Good gross-motor skills in PE.", "Tells adults when the room is too noisy."],
    needs: ["Handwriting is slow and hard to read.", "Tires quickly when writing at length.", "Misses spoken information in noisy rooms."],
  },
};

export const ASSESSMENTS: Record<BroadArea, { name: string; range: [number, number]; format: (n: number) => string }[]> = {
  "communication-interaction": [{ name: "Receptive vocabulary test (standardised)", range: [70, 89], format: (n) => `Standard score ${n}` }],
  "cognition-learning": [
    { name: "Single word reading test (standardised)", range: [70, 88], format: (n) => `Standard score ${n}` },
    { name: "Maths diagnostic assessment", range: [35, 60], format: (n) => `${n}%` },
  ],
  semh: [{ name: "Strengths and difficulties questionnaire (teacher)", range: [15, 26], format: (n) => `Total difficulties ${n}` }],
  "sensory-physical": [{ name: "Handwriting speed check", range: [6, 14], format: (n) => `${n} words a minute` }],
};
