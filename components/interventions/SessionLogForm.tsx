import { useState } from "preact/hooks";
import { DateField } from "@/components/ui/input-fields";
import { longDate } from "@/graduated-approach/long-date";
import { CheckboxesField } from "@/components/ui/fields";
import { pupilsOnRoster } from "@/provision-map/roster";
import type { Intervention } from "@/provision-map/intervention";

export interface SessionLogFormProps {
  intervention: Intervention;
  names: Map<string, string>;
  today: string;
  onLog(entry: { date: string; delivered: boolean; absentPupilIds: string[] }): Promise<string | null>;
}

/** Marks one session delivered for the whole group in one press (ticking anyone absent first), or missed. */
export function SessionLogForm({ intervention, names, today, onLog }: SessionLogFormProps) {
  const id = `log-${intervention.id}`;
  const [date, setDate] = useState(today);
  const [absent, setAbsent] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const onRoster = date ? pupilsOnRoster(intervention, date) : [];
  const log = async (delivered: boolean) => {
    setDone(null);
    const message = date ? await onLog({ date, delivered, absentPupilIds: delivered ? absent : [] }) : "Enter the date of the session";
    setError(message);
    if (!message) {
      setDone(`${delivered ? "Delivered" : "Missed"} session logged for ${longDate(date)}.`);
      setAbsent([]);
    }
  };
  return (
    <fieldset class="session-log">
      <legend>Log a session</legend>
      <DateField id={`${id}-date`} label="Date of the session" value={date} error={error ?? undefined} onChange={setDate} />
      {onRoster.length > 0 && (
        <CheckboxesField
          id={`${id}-absent`}
          label="Absent (optional)"
          hint="Everyone else is marked as attended."
          options={onRoster.map((pupilId) => ({ value: pupilId, label: names.get(pupilId) ?? "A pupil no longer on the register" }))}
          values={absent}
          onChange={setAbsent}
        />
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={() => void log(true)}>Mark delivered</button>
        <button type="button" class="button secondary" onClick={() => void log(false)}>Mark missed</button>
      </div>
      <p role="status" class="result-count">{done ?? ""}</p>
    </fieldset>
  );
}
