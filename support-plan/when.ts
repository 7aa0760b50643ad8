import type { Provision } from "@/graduated-approach/cycle-stages";
import type { Intervention, Weekday } from "@/provision-map/intervention";

const DAY_NAMES: Record<Weekday, string> = { monday: "Monday", tuesday: "Tuesday", wednesday: "Wednesday", thursday: "Thursday", friday: "Friday" };

/** "3 sessions a week, 30 minutes each, for 12 weeks, in a group of 4", leaving out what is not recorded. */
export function planWhen(p: Pick<Provision, "frequencyPerWeek" | "sessionMinutes" | "weeks" | "groupSize">): string {
  const parts: string[] = [];
  if (p.frequencyPerWeek > 0) parts.push(`${p.frequencyPerWeek} ${p.frequencyPerWeek === 1 ? "session" : "sessions"} a week`);
  if (p.sessionMinutes > 0) parts.push(`${p.sessionMinutes} minutes each`);
  if (p.weeks > 0) parts.push(`for ${p.weeks} weeks`);
  if (p.groupSize > 1) parts.push(`in a group of ${p.groupSize}`);
  return parts.join(", ") || "Not set yet";
}

/** "2 sessions a week, 30 minutes each, Monday and Wednesday at 09:15, in the library". */
export function groupWhen(g: Pick<Intervention, "schedule">): string {
  const s = g.schedule;
  const parts = [`${s.sessionsPerWeek} ${s.sessionsPerWeek === 1 ? "session" : "sessions"} a week`, `${s.sessionMinutes} minutes each`];
  const days = s.days.map((d) => DAY_NAMES[d]);
  if (days.length > 0) parts.push(`${days.length > 1 ? `${days.slice(0, -1).join(", ")} and ${days.at(-1)}` : days[0]}${s.startTime ? ` at ${s.startTime}` : ""}`);
  if (s.place?.trim()) parts.push(s.place.trim());
  return parts.join(", ");
}
