import { useMemo, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { buildEvidencePack, evidencePackJson } from "@/evidence-pack/pack";
import { packFileName } from "@/evidence-pack/pack-file-name";
import { INFORMS_NEVER_BLOCKS, LEGAL_TEST } from "@/evidence-pack/legal-notes";
import { readinessChecklist, type ReadinessWhere } from "@/evidence-pack/readiness";
import { downloadBlob } from "@/components/ui/download";
import { DateField } from "@/components/ui/input-fields";
import type { EvidencePackContext } from "./evidence-pack-context";
import { finalCheck } from "@/evidence-pack/final-check";
import { DeidentifiedCheck, redactionsOf } from "./DeidentifiedCheck";
import { ExportLog } from "./ExportLog";
import { ReadinessList } from "./ReadinessList";
import "./evidence-pack.css";

export interface EvidencePackSectionProps {
  pupil: Pupil;
  cycles: readonly Cycle[];
  framework: Framework;
  today: string;
  context: EvidencePackContext;
  onGo: (where: ReadinessWhere) => void;
}

/** 32 random hex digits for the PDF's file id. */
function randomFileId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/**
 * The readiness check and the downloads for an EHC needs-assessment request. jsPDF is loaded only when the
 * PDF is asked for, so the side panel does not pay for it before then.
 */
export function EvidencePackSection({ pupil, cycles, framework, today, context, onGo }: EvidencePackSectionProps) {
  const [pseudonymise, setPseudonymise] = useState(false);
  const [submissionDate, setSubmissionDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [redactText, setRedactText] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>(undefined);
  const redact = redactionsOf(redactText);
  const items = readinessChecklist({ pupil, cycles, latestAudit: context.latestAudit });
  const present = items.filter((i) => i.present).length;
  const pack = () =>
    buildEvidencePack({
      pupil, cycles, framework, setting: { name: context.settingName || "Setting not named" }, latestAudit: context.latestAudit,
      interventions: context.interventions, submissionDate: submissionDate || today, pseudonymise, redact,
    });
  const check = useMemo(() => {
    if (!pseudonymise) return null;
    const before = buildEvidencePack({
      pupil, cycles, framework, setting: { name: context.settingName || "Setting not named" }, latestAudit: context.latestAudit,
      interventions: context.interventions, submissionDate: submissionDate || today, pseudonymise: true,
    });
    return finalCheck(before, pack(), redact);
  }, [pseudonymise, redactText, submissionDate, pupil, cycles, framework, context.settingName, context.latestAudit, context.interventions]);

  async function run(kind: "pdf" | "json") {
    if (pseudonymise && !confirmed) {
      setConfirmError("Read the final check, then tick that the pack is ready to share");
      document.getElementById("final-check-confirm")?.focus();
      return;
    }
    setConfirmError(undefined);
    setBusy(true);
    setProblem(null);
    try {
      const built = pack();
      if (kind === "pdf") {
        const { evidencePackPdf } = await import("@/evidence-pack/pdf/evidence-pack-pdf");
        const bytes = evidencePackPdf(built, { creationDate: context.now(), fileId: randomFileId() });
        downloadBlob(packFileName(built, "pdf"), new Blob([bytes as BlobPart], { type: "application/pdf" }));
      } else {
        downloadBlob(packFileName(built, "json"), new Blob([evidencePackJson(built)], { type: "application/json" }));
      }
      await context.onExported(kind, pseudonymise);
    } catch (e) {
      setProblem(`The evidence pack could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="evidence-pack-title" class="page-section evidence-pack">
      <h3 id="evidence-pack-title">EHC needs assessment evidence pack</h3>
      <p>
        When a pupil may need an education, health and care (EHC) plan, the setting can ask the local authority for an EHC
        needs assessment. This pack gathers the evidence from this record.
      </p>
      <div class="notice">
        <p><strong>It informs, never blocks.</strong> {INFORMS_NEVER_BLOCKS}</p>
        <p>{LEGAL_TEST}</p>
      </div>
      <h4>Readiness: {present} of {items.length} kinds of evidence present</h4>
      <ReadinessList items={items} onGo={onGo} />
      <DateField id="pack-submission-date" label="Date of the request" hint="The statutory timeline in the pack starts on this day." value={submissionDate} onChange={setSubmissionDate} />
      <div class="field">
        <label class="checkbox">
          <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.currentTarget.checked)} />
          Pseudonymise for sharing (initials only; no UPN, date of birth, adult's name or setting name; dates to the month; age as a band)
        </label>
      </div>
      {check && (
        <DeidentifiedCheck
          redactText={redactText}
          onRedactText={(text) => {
            setRedactText(text);
            setConfirmed(false);
          }}
          check={check}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          error={confirmError}
        />
      )}
      <div class="button-row">
        <button type="button" class="button" disabled={busy} onClick={() => void run("pdf")}>
          {busy ? "Making the pack…" : "Download evidence pack (PDF)"}
        </button>
        <button type="button" class="button secondary" disabled={busy} onClick={() => void run("json")}>
          Download as JSON
        </button>
      </div>
      {problem && <p class="error-message" role="alert">{problem}</p>}
      <p class="hint">Files are saved to your computer. Nothing is sent anywhere. Attach the attendance summary from your MIS.</p>
      <ExportLog exports={pupil.exports ?? []} />
    </section>
  );
}
