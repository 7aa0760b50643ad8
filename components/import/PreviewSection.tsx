import { previewHeadline, type ImportPreview } from "@/graduated-approach/csv-import";
import { longDate } from "@/graduated-approach/long-date";
import type { CtfOrigin, ImportModel } from "@/state/import-model";
import { ColumnMapping } from "./ColumnMapping";
import { PreviewTable } from "./PreviewTable";
import { PreviewTranslations } from "./PreviewTranslations";
import { PreviewUpdates } from "./PreviewUpdates";
import { plural } from "./words";

interface Props {
  imp: ImportModel;
  preview: ImportPreview;
  confirmed: boolean;
  onConfirmedChange(confirmed: boolean): void;
}

/** The preview of a file: what it is, its columns (for a CSV), every row to check, and the confirmation. */
export function PreviewSection({ imp, preview, confirmed, onConfirmedChange }: Props) {
  const source = imp.source.value;
  const { counts } = preview;
  const toImport = counts.add + counts.update;
  const checking = imp.progress.value !== null;
  const from = source?.format === "ctf" ? ctfOrigin(source.origin) : imp.fileName.value;
  return (
    <section aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Check the preview</h3>
      <p>
        {from}: {previewHeadline(preview)}
      </p>
      <PreviewTranslations preview={preview} />
      {source?.format === "csv" && (
        <ColumnMapping
          key={`${imp.fileName.value}-${source.table.headers.join()}`}
          table={source.table}
          mapping={source.mapping}
          notices={preview.notices}
          onChange={(column, field) => void imp.setColumn(column, field)}
        />
      )}
      <PreviewUpdates preview={preview} overwrite={imp.overwrite.value} onOverwriteChange={imp.setOverwrite} />
      <PreviewTable preview={preview} />
      <div class="field">
        <label class="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmedChange(e.currentTarget.checked)} /> I have
          checked the preview
        </label>
      </div>
      {confirmed && toImport > 0 && (
        <button type="button" class="button" disabled={imp.busy.value || checking} onClick={() => void imp.confirm()}>
          Import {plural(toImport, "pupil")}
        </button>
      )}
      {confirmed && toImport === 0 && <p>No rows can be imported: correct the file, or choose what its columns hold.</p>}
    </section>
  );
}

function ctfOrigin(origin: CtfOrigin): string {
  const school = origin.schoolName ?? "another school";
  const estab = origin.laEstab ? ` (DfE number ${origin.laEstab})` : "";
  const made = origin.createdAt ? `, made ${longDate(origin.createdAt)}` : "";
  return `Common Transfer File from ${school}${estab}${made}`;
}
