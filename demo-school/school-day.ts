import { addDays } from "@/graduated-approach/iso-date";

/** The date itself if it is a weekday, otherwise the Monday after, so demo sessions and meetings avoid weekends. */
export function schoolDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (day === 6) return addDays(date, 2);
  if (day === 0) return addDays(date, 1);
  return date;
}
