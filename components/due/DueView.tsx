import { DUE_KINDS, groupDue, type DueItem, type DueKind } from "@/graduated-approach/due-list";
import { longDate } from "@/graduated-approach/long-date";
import { MEETINGS_EXPECTED } from "@/graduated-approach/parent-meetings";
import { VirtualList } from "@/components/ui/VirtualList";

export interface DueViewProps {
  items: DueItem[];
  /** "Pip Testington, Year 4" for a pupil id. */
  describePupil: (pupilId: string) => string;
  onOpenPupil: (pupilId: string) => void;
  /** True when the setting has no pupils yet. */
  noPupils: boolean;
  onAddPupil: () => void;
  /** "Last backup 3 days ago" or "No backup yet". */
  lastBackup: string;
}

const GROUPS: Record<DueKind, { title: string; empty: string }> = {
  "review-overdue": { title: "Reviews overdue", empty: "No reviews are overdue." },
  "review-due": { title: "Reviews due in the next 14 days", empty: "No reviews due in the next 14 days." },
  "meetings-short": { title: `Fewer than ${MEETINGS_EXPECTED} meetings with parents this school year`, empty: "Every pupil at SEN support has had three meetings with parents this school year." },
  "no-outcomes": { title: "Plans with no outcomes", empty: "Every open plan has at least one outcome." },
  "no-open-cycle": { title: "Pupils at SEN support with no open cycle", empty: "Every pupil at SEN support has an open cycle." },
};

function detail(item: DueItem): string {
  switch (item.kind) {
    case "review-overdue":
      return `Review was due ${longDate(item.date)} (${item.count} day${item.count === 1 ? "" : "s"} ago)`;
    case "review-due":
      return item.count === 0 ? `Review due today, ${longDate(item.date)}` : `Review due ${longDate(item.date)} (in ${item.count} day${item.count === 1 ? "" : "s"})`;
    case "meetings-short":
      return `${item.count} of ${MEETINGS_EXPECTED} meetings held`;
    case "no-outcomes":
      return "Add outcomes to the plan";
    case "no-open-cycle":
      return "Start an assess, plan, do, review cycle";
  }
}

/** What needs doing, most urgent first; every group says so when it is empty. */
export function DueView({ items, describePupil, onOpenPupil, noPupils, onAddPupil, lastBackup }: DueViewProps) {
  const groups = groupDue(items);
  const people = new Set(items.map((i) => i.pupilId)).size;
  return (
    <section aria-labelledby="due-title" class="due-view">
      <h2 id="due-title">Due</h2>
      <p class="hint last-backup">{lastBackup}. Make backups in the workspace, under Setting.</p>
      {noPupils ? (
        <div class="empty-state">
          <p class="empty">No pupils yet. Add a pupil to start their assess, plan, do, review (APDR) cycles.</p>
          <button type="button" class="button" onClick={onAddPupil}>Add a pupil</button>
        </div>
      ) : (
        <p class="result-count">
          {people === 0 ? "Nothing is due. Well done." : `${people} pupil${people === 1 ? " needs" : "s need"} something from you.`}
        </p>
      )}
      {!noPupils &&
        DUE_KINDS.map((kind) => {
          const list = groups.get(kind) ?? [];
          return (
            <section key={kind} class="due-group" aria-labelledby={`due-${kind}`}>
              <h3 id={`due-${kind}`}>
                {GROUPS[kind].title} <span class="count">({list.length})</span>
              </h3>
              {list.length === 0 ? (
                <p class="empty">{GROUPS[kind].empty}</p>
              ) : (
                <VirtualList
                  class="due-list"
                  items={list}
                  rowHeight={60}
                  renderItem={(item, position) => (
                    <li key={`${item.kind}-${item.pupilId}`} aria-posinset={position?.posinset} aria-setsize={position?.setsize}>
                      <button type="button" class="due-item" onClick={() => onOpenPupil(item.pupilId)}>
                        <span class="due-name">{describePupil(item.pupilId)}</span>
                        <span class="due-detail">{detail(item)}</span>
                      </button>
                    </li>
                  )}
                />
              )}
            </section>
          );
        })}
    </section>
  );
}
