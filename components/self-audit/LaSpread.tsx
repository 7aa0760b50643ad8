import type { Framework } from "@/commitment-framework/schema";
import { areaById } from "@/commitment-framework/queries";
import type { LaSummary } from "@/self-audit/la-aggregate";
import { sortedLevels } from "@/self-audit/scale";
import { TableScroll } from "@/components/ui/TableScroll";

/** Per area, how many settings sit at each level of the scale; then the statements most settings rate lowest. */
export function LaSpread({ framework, summary }: { framework: Framework; summary: LaSummary }) {
  const levels = sortedLevels(framework.auditScale);
  return (
    <>
      <h3>How settings are spread across the scale, by area</h3>
      <p class="hint">Each setting is counted at the level nearest its mean rating for the area.</p>
      <TableScroll label="Settings by level of the scale, by area">
        <table class="audit-table la-spread">
          <thead>
            <tr>
              <th scope="col">Area</th>
              {levels.map((l) => (
                <th scope="col" class="num" key={l.value}>
                  {l.value} {l.label}
                </th>
              ))}
              <th scope="col" class="num">Not rated</th>
              <th scope="col" class="num">Mean score</th>
            </tr>
          </thead>
          <tbody>
            {summary.areas.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                {a.levels.map((l) => (
                  <td class="num" key={l.value}>
                    <span class="spread-count" style={{ "--share": `${(l.count / Math.max(1, summary.settings)) * 100}%` }}>
                      {l.count}
                    </span>
                  </td>
                ))}
                <td class="num">{a.notRated}</td>
                <td class="num">{a.meanPercent === null ? "Not rated" : `${Math.round(a.meanPercent)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>Statements most settings rate lowest</h3>
      {summary.lowestStatements.length === 0 ? (
        <p class="empty">No setting rated any statement at the bottom of the scale.</p>
      ) : (
        <TableScroll label="Statements most settings rate lowest">
        <table class="audit-table">
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Area</th>
              <th scope="col" class="num">
                Settings rating it {levels[0]?.value} {levels[0]?.label}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.lowestStatements.map((s) => (
              <tr key={s.statement.id}>
                <td>
                  {s.statement.text}
                </td>
                <td>{areaById(framework, s.statement.area)?.name}</td>
                <td class="num">
                  {s.lowest} of {s.rated}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </>
  );
}
