import type { OnScreen } from "@/state/mis-follow-model";
import type { DetectedPupil } from "@/mis-pupil/detect";
import type { Difference } from "@/mis-pupil/match";
import { longDate } from "@/graduated-approach/long-date";
import "./mis.css";

export interface MisFollowBarProps {
  onScreen: OnScreen;
  paused: boolean;
  /** The pupil the panel shows now, so the bar does not offer to open them again. */
  shownPupilId?: string;
  describePupil: (id: string) => string;
  onOpen: (pupilId: string) => void;
  onAdd: (detected: DetectedPupil) => void;
  onPause: () => void;
  onResume: () => void;
}

/** A strip above the Due and Pupils views saying who the MIS tab shows, and what the panel did about it. */
export function MisFollowBar(props: MisFollowBarProps) {
  const { onScreen, paused } = props;
  if (paused) {
    return (
      <div class="mis-bar" role="region" aria-label="Your MIS">
        <p>Following your MIS is paused.</p>
        <button type="button" class="button link" onClick={props.onResume}>Follow my MIS again</button>
      </div>
    );
  }
  if (onScreen.kind === "not-mis") return null;
  return (
    <div class="mis-bar" role="region" aria-label="Your MIS">
      <div aria-live="polite">
        <Message {...props} />
      </div>
      <button type="button" class="button link" onClick={props.onPause}>
        Pause<span class="visually-hidden"> following your MIS</span>
      </button>
    </div>
  );
}

function Message({ onScreen, shownPupilId, describePupil, onOpen, onAdd }: MisFollowBarProps) {
  switch (onScreen.kind) {
    case "not-mis":
      return null;
    case "no-reader":
      return <p>SEND Companion cannot read this {onScreen.site.name} page yet. Reload the page to start following it.</p>;
    case "nobody":
      return <p>No pupil found on this {onScreen.site.name} page. Open a pupil's record there and this panel follows.</p>;
    case "several":
      return <p>This {onScreen.site.name} page lists {onScreen.count} pupils. Open one pupil's record to follow them.</p>;
    case "pupil": {
      const { match, pupil } = onScreen;
      const who = describeDetected(pupil);
      if (match.kind === "match") {
        if (match.pupilId === shownPupilId) return <p>Showing the pupil open in {onScreen.site.name}: {describePupil(match.pupilId)}.</p>;
        return (
          <p>
            {onScreen.site.name} shows {describePupil(match.pupilId)}.{" "}
            <button type="button" class="button link" onClick={() => onOpen(match.pupilId)}>Open their record</button>
          </p>
        );
      }
      if (match.kind === "differs") {
        return (
          <>
            <p>
              {onScreen.site.name} shows UPN {pupil.upn}, which is {describePupil(match.pupilId)} in your register, but the page
              does not agree with their record, so their record was not opened:
            </p>
            <ul>
              {match.differences.map((d) => (
                <li key={d.field}>{differenceText(d)}</li>
              ))}
            </ul>
            <p>
              Check the UPN in both places.{" "}
              <button type="button" class="button link" onClick={() => onOpen(match.pupilId)}>Open their record anyway</button>
            </p>
          </>
        );
      }
      if (match.kind === "ambiguous") {
        return (
          <>
            <p>{onScreen.site.name} shows {who}. More than one pupil in your register matches:</p>
            <ul>
              {match.pupilIds.map((id) => (
                <li key={id}>
                  <button type="button" class="button link" onClick={() => onOpen(id)}>{describePupil(id)}</button>
                </li>
              ))}
            </ul>
          </>
        );
      }
      return (
        <p>
          {onScreen.site.name} shows {who}, who is not in your register.{" "}
          <button type="button" class="button link" onClick={() => onAdd(pupil)}>Add this pupil</button>
        </p>
      );
    }
  }
}

function differenceText(d: Difference): string {
  if (d.field === "name") return `Name: the page says ${d.onPage}; the record says ${d.inRecord}.`;
  return `Date of birth: the page says ${longDate(d.onPage)}; the record says ${longDate(d.inRecord)}.`;
}

function describeDetected(p: DetectedPupil): string {
  const name = p.fullName ?? [p.firstName, p.lastName].filter(Boolean).join(" ");
  const parts = [name || "a pupil"];
  if (p.dateOfBirth) parts.push(`born ${longDate(p.dateOfBirth)}`);
  if (p.upn) parts.push(`UPN ${p.upn}`);
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(", ")})` : parts[0]!;
}
