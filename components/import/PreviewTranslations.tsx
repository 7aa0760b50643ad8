import { IMPORT_FIELD_LABELS, type ImportPreview } from "@/graduated-approach/csv-import";
import { plural, rowNoun } from "./words";

/**
 * What was done to read the file (encoding, heading row, how names were split, old codes) and every value
 * stored differently from how the file wrote it: "the file said → will store", with how many rows.
 */
export function PreviewTranslations({ preview }: { preview: ImportPreview }) {
  const { information, translations } = preview;
  if (information.length === 0 && translations.length === 0) return null;
  const noun = rowNoun(preview);
  return (
    <div class="import-translations">
      {information.length > 0 && (
        <ul class="notice import-information" aria-label="How the file was read">
          {information.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {translations.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <caption>Values written differently in the file ({plural(translations.length, "translation")})</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">The file said</th>
                <th scope="col">
                  <span aria-hidden="true">→ </span>Will store
                </th>
                <th scope="col">{noun === "pupil" ? "Pupils" : "Rows"}</th>
              </tr>
            </thead>
            <tbody>
              {translations.map((t) => (
                <tr key={`${t.field}-${t.said}-${t.stored}`}>
                  <th scope="row">{IMPORT_FIELD_LABELS[t.field]}</th>
                  <td>“{t.said}”</td>
                  <td>
                    <span aria-hidden="true">→ </span>
                    {t.stored}
                  </td>
                  <td>{t.rows.toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
