import { Intervention } from "@/provision-map";

/** A synthetic phonics group: £24 an hour, 30-minute sessions, so £12 a delivered session. */
export function group(overrides: Partial<Record<keyof Intervention, unknown>> = {}): Intervention {
  return Intervention.parse({
    id: "int-1",
    name: "Testy phonics group",
    statementId: "cl.phonics",
    staff: { name: "Ada Example", role: "Teaching assistant", hourlyRate: 24 },
    schedule: { days: ["monday", "wednesday"], sessionsPerWeek: 2, sessionMinutes: 30, startDate: "2026-09-07", endDate: "2026-12-18" },
    roster: [],
    sessions: [],
    createdAt: "2026-09-01T08:00:00.000Z",
    updatedAt: "2026-09-01T08:00:00.000Z",
    ...overrides,
  });
}

export const delivered = (date: string, absentPupilIds: string[] = []) => ({ date, delivered: true, absentPupilIds });
export const missed = (date: string) => ({ date, delivered: false, absentPupilIds: [] });
