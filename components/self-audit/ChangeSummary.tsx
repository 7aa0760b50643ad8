import type { AuditComparison } from "@/self-audit/compare";
import { longDate } from "@/graduated-approach/long-date";
import { formatPercent } from "@/self-audit/scoring";
import { TableScroll } from "@/components/ui/TableScroll";

function changeText(before: number | null, after: number | null): string {
  if (before === null || after === null) return "Cannot compare";
  const diff = Math.round(after) - Math.round(before);
  if (diff === 0) return "No change";
  return diff > 0 ? `Up ${diff} points` : `Down ${-diff} points`;
}

/** What moved since the previous audit, in counts and per area. */
export function ChangeSummary({ comparison }: { comparison: AuditComparison | null }) {
  if (!comparison) {
    return <p class="empty">This is the setting's first audit of this phase, so there is nothing to compare with yet.</p>;
  }
  const c = comparison;
  return (
    <>
      <p>
        Since the audit of {longDate(c.previousDate)}: <strong>{c.up.length} moved up</strong>, <strong>{c.down.length} moved down</strong>,{" "}
        {c.unchanged.length} stayed the same and {c.new.length} were not rated last time.
      </p>
      <TableScroll label="Score by area, then and now">
      <table class="audit-table">
        <caption class="visually-hidden">Score by area, then and now</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" class="num">Then</th>
            <th scope="col" class="num">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {c.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td class="num">{formatPercent(a.before)}</td>
              <td class="num">{formatPercent(a.after)}</td>
              <td>{changeText(a.before, a.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </>
  );
}
