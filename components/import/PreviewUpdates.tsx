import { UPDATE_FIELD_LABELS, UPDATE_FIELDS, type ImportPreview, type UpdateField } from "@/graduated-approach/csv-import";
import { plural } from "./words";

/** Pupils to update listed with their changes; the rest are counted. */
const LISTED = 50;

interface Props {
  preview: ImportPreview;
  overwrite: readonly UpdateField[];
  onOverwriteChange(field: UpdateField, allowed: boolean): void;
}

/**
 * For pupils already in the register: what the file may change (chosen here, SEN provision, its date and
 * needs by default), and for each pupil every field's before → after, marking what stays as it is.
 */
export function PreviewUpdates({ preview, overwrite, onOverwriteChange }: Props) {
  const updates = preview.rows.filter((r) => r.action === "update");
  if (updates.length === 0) return null;
  const allowed = new Set(overwrite);
  const withChanges = updates.filter((r) => (r.changes ?? []).length > 0);
  const listed = withChanges.slice(0, LISTED);
  return (
    <section class="import-updates" aria-labelledby="import-updates-heading">
      <h4 id="import-updates-heading">Pupils already in the register ({updates.length.toLocaleString("en-GB")})</h4>
      <fieldset class="import-overwrite">
        <legend>What this file may change for them</legend>
        <p class="hint">Fields left unticked keep what the register has, for example names corrected in the register.</p>
        {UPDATE_FIELDS.map((field) => (
          <label key={field} class="checkbox">
            <input
              type="checkbox"
              name="import-overwrite"
              value={field}
              checked={allowed.has(field)}
              onChange={(e) => onOverwriteChange(field, e.currentTarget.checked)}
            />{" "}
            {UPDATE_FIELD_LABELS[field]}
          </label>
        ))}
      </fieldset>
      {withChanges.length === 0 ? (
        <p>The file changes nothing for them: the register already has what it says.</p>
      ) : (
        <div class="table-scroll import-changes">
          <table class="data-table">
            <caption>
              Changes for {plural(withChanges.length, "pupil")}
              {withChanges.length > listed.length ? ` (the first ${listed.length})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">In the file</th>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">
                  <span aria-hidden="true">→ </span>After
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.flatMap((row) =>
                (row.changes ?? []).map((change, i) => {
                  const kept = !allowed.has(change.field);
                  return (
                    <tr key={`${row.rowNumber}-${change.field}`} class={kept ? "kept" : undefined}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={row.changes!.length}>
                          {row.label}
                        </th>
                      )}
                      <td>{UPDATE_FIELD_LABELS[change.field]}</td>
                      <td>{change.before}</td>
                      <td>
                        {kept ? (
                          <>
                            {change.before} <strong>(kept: the file may not change this; it says {change.after})</strong>
                          </>
                        ) : (
                          <>
                            <span aria-hidden="true">→ </span>
                            {change.after}
                          </>
                        )}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
