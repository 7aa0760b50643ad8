import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { longDate } from "@/graduated-approach/long-date";
import type { ParentMeeting } from "@/graduated-approach/parent-meeting";
import { MEETINGS_EXPECTED, meetingsThisSchoolYear, schoolYearOf } from "@/graduated-approach/parent-meetings";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { TextField } from "@/components/ui/fields";
import { DateField, TextAreaField } from "@/components/ui/input-fields";
import { announce } from "@/components/ui/announce";

export interface MeetingsSectionProps {
  meetings: ParentMeeting[];
  today: string;
  onAdd: (meeting: Omit<ParentMeeting, "id" | "pupilId">) => Promise<void> | void;
}

/** Meetings with parents or carers, with how many this school year against the three expected. */
export function MeetingsSection({ meetings, today, onAdd }: MeetingsSectionProps) {
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({ date: today, attendees: "", notes: "", agreedActions: "" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const held = meetingsThisSchoolYear({ meetings }, today).length;
  const sorted = [...meetings].sort((a, b) => b.date.localeCompare(a.date));
  // Opening the form puts focus in its first field; closing it returns focus to the button that opened it.
  // A layout effect, so it happens before anything can be typed: a later focus would move typing already
  // under way (in "Who came", say) into the date.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (adding) document.getElementById("meeting-date")?.focus();
    else if (opened.current) document.getElementById("record-meeting")?.focus();
    opened.current = adding;
  }, [adding]);
  const save = async (e: Event) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!draft.date) found.push({ field: "meeting-date", message: "Enter the date of the meeting" });
    else if (draft.date > today) found.push({ field: "meeting-date", message: "The date of the meeting must be today or in the past" });
    if (!draft.attendees.trim()) found.push({ field: "meeting-attendees", message: "Enter who came to the meeting" });
    setErrors(found);
    if (found.length) return;
    await onAdd(draft);
    announce(`Meeting of ${longDate(draft.date)} saved.`);
    setDraft({ date: today, attendees: "", notes: "", agreedActions: "" });
    setAdding(false);
  };
  return (
    <section aria-labelledby="meetings-title" class="page-section">
      <h3 id="meetings-title">Meetings with parents</h3>
      <p class={held < MEETINGS_EXPECTED ? "flag due" : "quality-ok"}>
        {held} of {MEETINGS_EXPECTED} meetings held in the school year {schoolYearOf(today).label}
      </p>
      {sorted.length === 0 ? (
        <p class="empty">No meetings with parents recorded yet.</p>
      ) : (
        <ul class="plain-list">
          {sorted.map((m) => (
            <li key={m.id}>
              <strong>{longDate(m.date)}</strong>: {m.attendees}
              {m.notes && <p>{m.notes}</p>}
              {m.agreedActions && <p>Agreed: {m.agreedActions}</p>}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form onSubmit={(e) => void save(e)} noValidate class="item-card">
          <ErrorSummary errors={errors} />
          <DateField id="meeting-date" label="Date" value={draft.date} error={errorFor(errors, "meeting-date")} onChange={(date) => setDraft({ ...draft, date })} />
          <TextField id="meeting-attendees" label="Who came" value={draft.attendees} error={errorFor(errors, "meeting-attendees")} onInput={(attendees) => setDraft({ ...draft, attendees })} />
          <TextAreaField id="meeting-notes" label="Notes" value={draft.notes} onInput={(notes) => setDraft({ ...draft, notes })} rows={2} />
          <TextAreaField id="meeting-actions" label="Agreed actions" value={draft.agreedActions} onInput={(agreedActions) => setDraft({ ...draft, agreedActions })} rows={2} />
          <div class="button-row">
            <button type="submit" class="button">Save meeting</button>
            <button type="button" class="button secondary" onClick={() => setAdding(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" class="button secondary" id="record-meeting" onClick={() => setAdding(true)}>Record a meeting</button>
      )}
    </section>
  );
}
