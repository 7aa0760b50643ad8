import type { Framework } from "@/commitment-framework/schema";
import { tierById } from "@/commitment-framework/queries";
import { SEN_STATUS_LABELS, SenStatusCode } from "@/graduated-approach/census-codes";
import { DECISION_LABELS } from "@/graduated-approach/cycle-labels";
import { longDate } from "@/graduated-approach/long-date";
import type { TimelineEvent } from "@/graduated-approach/timeline";

function status(code: string): string {
  const parsed = SenStatusCode.safeParse(code);
  return parsed.success ? SEN_STATUS_LABELS[parsed.data] : code;
}

function describe(e: TimelineEvent, framework: Framework): string {
  const tier = (id: string) => tierById(framework, id)?.name ?? id;
  switch (e.kind) {
    case "added": return "Added to SEND Companion";
    case "cycle-opened": return `Cycle ${e.cycleNumber} started`;
    case "cycle-reviewed": return `Cycle ${e.cycleNumber} reviewed${e.decision ? `: ${DECISION_LABELS[e.decision].toLowerCase()}` : ""}`;
    case "status": return `SEN status changed from ${status(e.from)} to ${status(e.to)}`;
    case "tier": return `Tier changed from ${tier(e.from)} to ${tier(e.to)}`;
    case "meeting": return `Meeting with parents${e.attendees ? ` (${e.attendees})` : ""}`;
    case "archived": return "Archived";
  }
}

/** The pupil's history, newest first. */
export function TimelineSection({ events, framework }: { events: TimelineEvent[]; framework: Framework }) {
  return (
    <section aria-labelledby="timeline-title" class="page-section">
      <h3 id="timeline-title">Timeline</h3>
      <ol class="timeline" reversed>
        {[...events].reverse().map((e, i) => (
          <li key={`${e.date}-${e.kind}-${i}`}>
            <span class="timeline-date">{longDate(e.date)}</span> {describe(e, framework)}
          </li>
        ))}
      </ol>
    </section>
  );
}
