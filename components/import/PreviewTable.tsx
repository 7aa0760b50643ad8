import { IMPORT_FIELD_LABELS, type ImportField, type ImportPreview, type PreviewRow } from "@/graduated-approach/csv-import";
import { shortDate } from "@/graduated-approach/long-date";
import { readDate } from "@/graduated-approach/read-date";
import { plural, rowNoun } from "./words";

/** Rows shown from the top of the file; every row with errors is shown too, up to ERRORS_SHOWN. */
const FIRST_SHOWN = 50;
const ERRORS_SHOWN = 200;

const ACTIONS: Record<PreviewRow["action"], string> = { add: "Add", update: "Update", skip: "Skip" };

/** The rows of the preview with what importing would do to each, scrolling inside its own box. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  let errorsShown = 0;
  const rows = preview.rows.filter((r, i) => {
    if (r.errors.length > 0 && errorsShown < ERRORS_SHOWN) {
      errorsShown++;
      return true;
    }
    return i < FIRST_SHOWN;
  });
  const withErrors = preview.counts.skip;
  const noun = rowNoun(preview);
  const which =
    withErrors > ERRORS_SHOWN
      ? `the first ${FIRST_SHOWN}, and the first ${ERRORS_SHOWN} of the ${plural(withErrors, noun)} with errors`
      : `the first ${FIRST_SHOWN} and every ${noun} with errors`;
  return (
    <div class="table-scroll import-preview" tabIndex={0} role="region" aria-labelledby="import-preview-caption">
      <table class="data-table">
        <caption id="import-preview-caption">
          Showing {rows.length.toLocaleString("en-GB")} of {plural(preview.counts.rows, noun)} ({which})
        </caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            {preview.fields.map((f) => (
              <th key={f} scope="col">
                {IMPORT_FIELD_LABELS[f]}
              </th>
            ))}
            <th scope="col">Action</th>
            <th scope="col">Errors and warnings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.rowNumber}
              class={r.errors.length > 0 ? "has-errors" : undefined}
              {...(r.errors.length > 0 ? { id: `import-row-${r.rowNumber}`, tabIndex: -1 } : {})}
            >
              <th scope="row">{r.label}</th>
              {preview.fields.map((f) => (
                <td key={f}>{cellText(r, f)}</td>
              ))}
              <td>{action(r)}</td>
              <td>
                {r.errors.length > 0 && (
                  <ul class="row-errors">
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
                {r.warnings.length > 0 && (
                  <ul class="row-warnings">
                    {r.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell as the file wrote it; a full name also shows how it was split. */
function cellText(row: PreviewRow, field: ImportField): string {
  const text = row.cells[field] ?? "";
  // Dates read from the file are shown one way, dd/mm/yyyy, however the file wrote them.
  if (text && (field === "dateOfBirth" || field === "senSince")) {
    const read = readDate(text);
    return read.ok ? shortDate(read.date) : text;
  }
  if (field !== "fullName" || !text) return text;
  return `${text} → ${row.values.firstName ?? "?"} | ${row.values.lastName ?? "?"}`;
}

function action(row: PreviewRow): string {
  if (row.action === "update" && row.matchedBy === "name and date of birth") return "Update (matched by name and date of birth)";
  return ACTIONS[row.action];
}
