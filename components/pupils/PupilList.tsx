import type { Framework } from "@/commitment-framework/schema";
import type { SummaryOf } from "@/graduated-approach/cycle-summary";
import { SenNeedCode, SenStatusCode } from "@/graduated-approach/census-codes";
import type { Pupil } from "@/graduated-approach/pupil";
import { filterPupils, type PupilFilter } from "@/graduated-approach/pupil-filters";
import { openReviewState } from "@/graduated-approach/review-due";
import { YearGroup } from "@/graduated-approach/year-group";
import { SelectField, TextField } from "@/components/ui/fields";
import { VirtualList } from "@/components/ui/VirtualList";
import { PupilRow, type PupilRowProps } from "./PupilRow";
import { needOptions, statusOptions, tierOptions, yearOptions } from "./pupil-options";

export interface PupilListProps {
  pupils: Pupil[];
  /** Each pupil's cycle summary, for the review flag and filter. */
  summaryOf: SummaryOf;
  framework: Framework;
  today: string;
  filter: PupilFilter;
  onFilter: (filter: PupilFilter) => void;
  onOpen: (pupilId: string) => void;
  onAdd: () => void;
}

const parseOr = <T,>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: string) => (v ? (schema.safeParse(v).data as T) : undefined);

/** The pupil register: search as you type and filter by status, need, tier, year group and review. */
export function PupilList({ pupils, summaryOf, framework, today, filter, onFilter, onOpen, onAdd }: PupilListProps) {
  const shown = filterPupils(pupils, summaryOf, filter, today);
  const total = pupils.filter((p) => Boolean(p.archivedOn) === Boolean(filter.archived)).length;
  const update = (patch: Partial<PupilFilter>) => onFilter({ ...filter, ...patch });
  const filtered = Boolean(filter.text || filter.status || filter.need || filter.tier || filter.yearGroup || filter.review);
  return (
    <section aria-labelledby="pupils-title">
      <div class="title-row">
        <h2 id="pupils-title">{filter.archived ? "Archived pupils" : "Pupils"}</h2>
        <button type="button" class="button" onClick={onAdd}>Add a pupil</button>
      </div>
      <div class="filters" role="search" aria-label="Find pupils">
        <TextField id="pupil-search" type="search" label="Search by name or UPN" hint="UPN is the unique pupil number." value={filter.text ?? ""} onInput={(text) => update({ text })} />
        <details class="more-filters" open={Boolean(filter.status || filter.need || filter.tier || filter.yearGroup || filter.review)}>
          <summary>Filters</summary>
          <SelectField id="pupil-status" label="SEN status" value={filter.status ?? ""} options={statusOptions("Any status")} onChange={(v) => update({ status: parseOr(SenStatusCode, v) })} />
          <SelectField id="pupil-need" label="Need" value={filter.need ?? ""} options={needOptions("Any need")} onChange={(v) => update({ need: parseOr(SenNeedCode, v) })} />
          <SelectField id="pupil-tier" label="Tier" value={filter.tier ?? ""} options={tierOptions(framework, "Any tier")} onChange={(v) => update({ tier: v || undefined })} />
          <SelectField id="pupil-year" label="Year group" value={filter.yearGroup ?? ""} options={yearOptions("Any year group")} onChange={(v) => update({ yearGroup: parseOr(YearGroup, v) })} />
          <SelectField
            id="pupil-review"
            label="Review"
            value={filter.review ?? ""}
            options={[{ value: "", label: "Any review date" }, { value: "due", label: "Overdue or due in 14 days" }, { value: "overdue", label: "Overdue" }]}
            onChange={(v) => update({ review: v === "due" || v === "overdue" ? v : undefined })}
          />
        </details>
      </div>
      <p class="result-count" role="status" aria-live="polite">
        Showing {shown.length} of {total} {filter.archived ? "archived " : ""}pupils
      </p>
      {shown.length === 0 ? (
        <div class="empty-state">
          <p class="empty">{total === 0 ? (filter.archived ? "No archived pupils." : "No pupils yet. Add your first pupil.") : "No pupils match these filters."}</p>
          {filtered && <button type="button" class="button secondary" onClick={() => onFilter({ archived: filter.archived })}>Clear filters</button>}
        </div>
      ) : (
        <VirtualList
          class="pupil-list"
          label="Pupils"
          items={shown}
          rowHeight={64}
          renderItem={(p, position) => (
            <PupilRow key={p.id} pupil={p} framework={framework} review={reviewFlag(summaryOf, p.id, today)} onOpen={onOpen} position={position} />
          )}
        />
      )}
      <button type="button" class="button link" onClick={() => onFilter({ archived: !filter.archived })}>
        {filter.archived ? "Show current pupils" : "Show archived pupils"}
      </button>
    </section>
  );
}

/** The review flag a row shows: only "overdue" and "due soon" are flagged. */
function reviewFlag(summaryOf: SummaryOf, pupilId: string, today: string): PupilRowProps["review"] {
  const state = openReviewState(summaryOf(pupilId)?.open, today);
  return state.kind === "overdue" || state?.kind === "due-soon" ? { kind: state.kind, date: state.reviewDate } : undefined;
}
