import { TableScroll } from "@/components/ui/TableScroll";
export interface ScoreBar {
  label: string;
  percent: number | null;
  note: string;
}

/** A bar chart as a table: the bar is drawn for the eye, and the value and count are always written beside it. */
export function ScoreBars({ caption, bars, valueHeading = "Score" }: { caption: string; bars: ScoreBar[]; valueHeading?: string }) {
  return (
    <TableScroll label={caption}>
    <table class="score-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" class="bar-col">
            <span class="visually-hidden">Chart</span>
          </th>
          <th scope="col" class="num">{valueHeading}</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.label}>
            <th scope="row">{bar.label}</th>
            <td class="bar-col" aria-hidden="true">
              <div class="bar-track">
                <div class="bar-fill" style={{ width: `${Math.min(100, bar.percent ?? 0)}%` }} />
              </div>
            </td>
            <td class="num">{bar.percent === null ? "Not rated" : `${Math.round(bar.percent)}%`}</td>
            <td class="bar-note">{bar.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
