import { useEffect, useRef } from "preact/hooks";
import { IMPORT_FIELD_LABELS, skippedRowsCsv, type SkippedRow } from "@/graduated-approach/csv-import";
import type { ImportReport } from "@/state/import-model";
import { downloadText } from "@/components/ui/download";
import { plural } from "./words";
import { TableScroll } from "@/components/ui/TableScroll";

/** Up to this many skipped rows are listed openly; more go inside a <details>. */
const OPEN_LIST = 10;
/** The list stops here; the download has every skipped row. */
const MOST_LISTED = 1000;

/** What an import did: added, updated and skipped, with every skipped row and why. */
export function ImportReportView({ report, today }: { report: ImportReport; today(): string }) {
  const { skipped } = report;
  const heading = report.stopped ? "Import stopped part-way" : "Import finished";
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The button that started the import has gone: keep keyboard users here. (When saving stopped, the error
  // summary takes focus instead.)
  useEffect(() => {
    if (!report.stopped) headingRef.current?.focus();
  }, [report]);
  return (
    <section class="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h3>
      <p class="notice" role="status">
        Added {report.added.toLocaleString("en-GB")}, updated {report.updated.toLocaleString("en-GB")}, skipped{" "}
        {skipped.length.toLocaleString("en-GB")}.
      </p>
      {report.deletedMeanwhile ? (
        <p class="notice">
          {plural(report.deletedMeanwhile, "pupil")} in the file {report.deletedMeanwhile === 1 ? "was" : "were"} deleted in another window
          while the import was saving, so {report.deletedMeanwhile === 1 ? "it was" : "they were"} left deleted. Import the file again to add{" "}
          {report.deletedMeanwhile === 1 ? "that pupil" : "them"} back.
        </p>
      ) : null}
      {skipped.length > 0 &&
        (skipped.length > OPEN_LIST ? (
          <details>
            <summary>Show the {plural(skipped.length, "skipped row")}</summary>
            <SkippedTable rows={skipped} name={name} />
          </details>
        ) : (
          <SkippedTable rows={skipped} name={name} />
        ))}
      {skipped.length > 0 && (
        <button
          type="button"
          class="button secondary"
          onClick={() => downloadText(`skipped-rows-${today()}.csv`, skippedRowsCsv(skipped, report.fields), "text/csv")}
        >
          Download skipped rows (CSV)
        </button>
      )}
    </section>
  );
}

function name(row: SkippedRow): string {
  return [row.cells.firstName, row.cells.lastName].filter(Boolean).join(" ");
}

function SkippedTable({ rows, name }: { rows: SkippedRow[]; name(row: SkippedRow): string }) {
  const listed = rows.slice(0, MOST_LISTED);
  return (
    <TableScroll label="Skipped rows" class="import-skipped">
      <table class="data-table">
        <caption>
          Skipped
          {rows.length > listed.length
            ? ` (the first ${listed.length.toLocaleString("en-GB")} of ${rows.length.toLocaleString("en-GB")}: download them all below)`
            : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col">Name</th>
            <th scope="col">{IMPORT_FIELD_LABELS.upn}</th>
            <th scope="col">Why it was skipped</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((r) => (
            <tr key={r.rowNumber}>
              <th scope="row">{r.label}</th>
              <td>{name(r)}</td>
              <td>{r.cells.upn ?? ""}</td>
              <td>{r.reasons.join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
