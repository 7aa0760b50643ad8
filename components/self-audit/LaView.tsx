import { useMemo, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { AuditExport } from "@/self-audit/audit-export";
import { aggregateExports } from "@/self-audit/la-aggregate";
import { claimsAnotherScore, duplicateAudits, recomputedOverall, withoutDuplicates } from "@/self-audit/la-checks";
import { laSummaryCsv } from "@/self-audit/la-csv";
import { longDate, shortDate } from "@/graduated-approach/long-date";
import { parseAuditExport } from "@/self-audit/parse-export";
import { downloadBlob } from "@/components/ui/download";
import { LaSpread } from "./LaSpread";
import "./audit.css";
import { TableScroll } from "@/components/ui/TableScroll";

interface Imported {
  fileName: string;
  value: AuditExport;
}

/** For a local authority: read many settings' audit exports, say what is wrong with any file, compare the rest. */
export function LaView({ framework }: { framework: Framework }) {
  const [imported, setImported] = useState<Imported[]>([]);
  const [problems, setProblems] = useState<{ fileName: string; message: string }[]>([]);
  const compared = useMemo(() => withoutDuplicates(imported), [imported]);
  const duplicates = useMemo(() => duplicateAudits(imported), [imported]);
  const summary = useMemo(() => aggregateExports(framework, compared.map((i) => i.value)), [framework, compared]);

  async function choose(files: FileList | null) {
    const results = await Promise.all([...(files ?? [])].map(async (f) => parseAuditExport(f.name, await f.text(), framework)));
    const good = results.flatMap((r) => (r.ok ? [{ fileName: r.fileName, value: r.value }] : []));
    setProblems(results.flatMap((r) => (r.ok ? [] : [{ fileName: r.fileName, message: r.message }])));
    setImported((before) => [...before.filter((b) => !good.some((g) => g.fileName === b.fileName)), ...good]);
  }

  return (
    <section aria-labelledby="la-title">
      <h2 id="la-title">Compare settings' self-audits</h2>
      <p>
        For local authority (LA) teams: choose the self-audit files (JSON) that settings have sent you. Each is checked, and those made
        against {framework.name} are compared here. The files stay on this computer.
      </p>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <h2>{problems.length === 1 ? "1 file could not be used" : `${problems.length} files could not be used`}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.fileName}>{p.message}</li>
            ))}
          </ul>
          <p>The other files were imported.</p>
        </div>
      )}
      <div class="field">
        <label for="la-files">Self-audit files</label>
        <p class="hint" id="la-files-hint">
          The files settings make with “Download for the local authority (JSON)” on their self-audit results. You can choose
          several at once.
        </p>
        <input
          id="la-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="la-files-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files).then(() => (input.value = ""));
          }}
        />
      </div>
      {duplicates.length > 0 && (
        <div class="notice" role="status">
          <h3>Some settings' audits are in more than one file</h3>
          <ul>
            {duplicates.map((d) => (
              <li key={d.fileNames.join("\n")}>
                {d.settingName}'s audit of {longDate(d.auditDate)} is in {d.fileNames.length} files ({d.fileNames.join(", ")}). It is
                compared once, from {d.fileNames[0]}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Settings imported</h3>
      {imported.length === 0 ? (
        <p class="empty">No files imported yet.</p>
      ) : (
        <>
          <TableScroll label="Settings imported">
          <table class="audit-table">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Phase</th>
                <th scope="col">Audit date</th>
                <th scope="col" class="num">Overall score</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {imported.map(({ fileName, value }) => (
                <tr key={fileName}>
                  <td>{value.setting.name}</td>
                  <td>{PHASE_LABELS[value.phase]}</td>
                  <td>
                    {shortDate(value.auditDate)}
                    {value.completed ? "" : " (in progress)"}
                  </td>
                  <OverallCell framework={framework} value={value} />
                  <td>{fileName}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          <div class="button-row">
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadBlob("Self-audit comparison.csv", new Blob(["\uFEFF", laSummaryCsv(framework, summary)], { type: "text/csv;charset=utf-8" }))}
            >
              Download the comparison (CSV)
            </button>
            <button type="button" class="button link" onClick={() => (setImported([]), setProblems([]))}>
              Clear all files
            </button>
          </div>
          <LaSpread framework={framework} summary={summary} />
        </>
      )}
    </section>
  );
}

/** The overall score worked out from the file's ratings, with a note when the file claims another. */
function OverallCell({ framework, value }: { framework: Framework; value: AuditExport }) {
  const score = recomputedOverall(framework, value);
  const claimed = value.scores.overall.percent;
  return (
    <td class="num">
      {score.percent === null ? "Not rated" : `${Math.round(score.percent)}%`}
      {claimsAnotherScore(value, score) && (
        <span class="hint"> (the file says {claimed === null ? "not rated" : `${Math.round(claimed)}%`}; worked out from its ratings)</span>
      )}
    </td>
  );
}
