import type { InterventionMeasure } from "./intervention";

/** A measure a setting commonly uses for entry and exit, offered as a choice; "own" lets it name its own. */
export interface MeasurePreset {
  id: string;
  measure: InterventionMeasure;
  hint: string;
}

export const MEASURE_PRESETS: readonly MeasurePreset[] = [
  { id: "standardised-score", measure: { name: "Standardised score", unit: "points", higherIsBetter: true }, hint: "100 is average; higher is better." },
  { id: "reading-age", measure: { name: "Reading age", unit: "months", higherIsBetter: true }, hint: "In months, so 7 years 6 months is 90." },
  { id: "spelling-age", measure: { name: "Spelling age", unit: "months", higherIsBetter: true }, hint: "In months, so 8 years is 96." },
  { id: "words-per-minute", measure: { name: "Words per minute", unit: "words a minute", higherIsBetter: true }, hint: "Reading or writing fluency." },
  { id: "boxall", measure: { name: "Boxall Profile (developmental strands)", unit: "points", higherIsBetter: true }, hint: "Developmental strands: higher is better." },
  { id: "sdq", measure: { name: "SDQ total difficulties", unit: "points", higherIsBetter: false }, hint: "0 to 40: lower is better." },
  { id: "attendance", measure: { name: "Attendance", unit: "%", higherIsBetter: true }, hint: "Per cent of sessions attended at school." },
];

/** The preset a stored measure matches, or "own" for one the setting named itself. */
export function presetOf(measure: InterventionMeasure | undefined): string {
  if (!measure) return "";
  const found = MEASURE_PRESETS.find((p) => p.measure.name === measure.name && p.measure.unit === measure.unit && p.measure.higherIsBetter === measure.higherIsBetter);
  return found?.id ?? "own";
}

/** "+6 points", "−3 points" (a minus sign, not a hyphen): progress written for people. */
export function formatProgress(progress: number, unit: string): string {
  const sign = progress > 0 ? "+" : progress < 0 ? "−" : "";
  const amount = Math.abs(Math.round(progress * 100) / 100).toLocaleString("en-GB");
  return `${sign}${amount}${unit ? (unit === "%" ? "%" : ` ${unit}`) : ""}`;
}
