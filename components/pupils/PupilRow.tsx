import { Component } from "preact";
import type { Framework } from "@/commitment-framework/schema";
import { SEN_STATUS_LABELS } from "@/graduated-approach/census-codes";
import { longDate } from "@/graduated-approach/long-date";
import type { Pupil } from "@/graduated-approach/pupil";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import { TierBadge } from "@/components/ui/TierBadge";
import type { ListPosition } from "@/components/ui/VirtualList";

export interface PupilRowProps {
  pupil: Pupil;
  framework: Framework;
  /** The open cycle's review, when it is overdue or due soon. */
  review?: { kind: "overdue" | "due-soon"; date: string };
  onOpen: (pupilId: string) => void;
  /** Where the row is in the whole register (only some rows of a long register are drawn). */
  position?: ListPosition;
}

/**
 * One register row. It re-renders only when its pupil record, the framework or its review flag changes, so
 * typing in the search box does not redraw every row that still matches. `onOpen` may be a new function on
 * each render: the row calls the latest one.
 */
export class PupilRow extends Component<PupilRowProps> {
  override shouldComponentUpdate(next: PupilRowProps): boolean {
    const { pupil, framework, review, position } = this.props;
    return next.pupil !== pupil || next.framework !== framework || next.review?.kind !== review?.kind || next.review?.date !== review?.date ||
      next.position?.posinset !== position?.posinset || next.position?.setsize !== position?.setsize;
  }

  private open = () => this.props.onOpen(this.props.pupil.id);

  override render({ pupil: p, framework, review, position }: PupilRowProps) {
    return (
      <li aria-posinset={position?.posinset} aria-setsize={position?.setsize}>
        <button type="button" class="pupil-row" onClick={this.open}>
          <span class="pupil-name">{p.lastName}, {p.firstName}</span>
          <span class="statement-meta">
            {yearGroupLabel(p.yearGroup)} · {SEN_STATUS_LABELS[p.senStatus.code]}
            {p.needs.length > 0 && ` · ${p.needs.map((n) => n.code).join(", ")}`} <TierBadge framework={framework} tierId={p.tier} />
          </span>
          {review?.kind === "overdue" && <span class="flag overdue">Review overdue since {longDate(review.date)}</span>}
          {review?.kind === "due-soon" && <span class="flag due">Review due {longDate(review.date)}</span>}
        </button>
      </li>
    );
  }
}
