import { useState } from "preact/hooks";
import {
  fieldForColumn, fieldsFreeFor, IMPORT_FIELD_LABELS, type ColumnMapping as Mapping, type CsvTable, type ImportField,
} from "@/graduated-approach/csv-import";
import { TableScroll } from "@/components/ui/TableScroll";

interface Props {
  table: CsvTable;
  mapping: Mapping;
  /** What the mapping leaves out that matters; shown above the columns, which then start open. */
  notices: string[];
  onChange(column: number, field: ImportField | null): void;
}

/** Every column of a CSV with a choice of what it holds; recognised headings come chosen. */
export function ColumnMapping({ table, mapping, notices, onChange }: Props) {
  // Open at first when something needs choosing; after that the user opens and closes it.
  const [startOpen] = useState(notices.length > 0);
  const used = table.headers.filter((_, i) => fieldForColumn(mapping, i) !== undefined).length;
  const first = table.rows[0]?.cells ?? [];
  return (
    <div class="import-columns">
      {notices.map((n) => (
        <p key={n} class="error-message">
          {n}
        </p>
      ))}
      <details open={startOpen}>
        <summary>
          Columns in the file: {used} of {table.headers.length} imported
        </summary>
        <TableScroll label="Columns in the file">
          <table class="import-column-table">
            <caption>Choose what each column holds. Columns set to “Not imported” are left out.</caption>
            <thead>
              <tr>
                <th scope="col">Column in the file</th>
                <th scope="col">First row</th>
                <th scope="col">Imported as</th>
              </tr>
            </thead>
            <tbody>
              {table.headers.map((header, i) => (
                <tr key={i}>
                  <th scope="row">
                    <label for={`import-column-${i}`}>{header.trim() || `Column ${i + 1} (no heading)`}</label>
                  </th>
                  <td id={`import-column-${i}-example`}>{first[i]?.trim() ?? ""}</td>
                  <td>
                    <select
                      id={`import-column-${i}`}
                      aria-describedby={`import-column-${i}-example`}
                      value={fieldForColumn(mapping, i) ?? ""}
                      onChange={(e) => onChange(i, (e.currentTarget.value || null) as ImportField | null)}
                    >
                      <option value="">Not imported</option>
                      {fieldsFreeFor(mapping, i).map((field) => (
                        <option key={field} value={field}>
                          {IMPORT_FIELD_LABELS[field]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </div>
  );
}
