import { useState } from "preact/hooks";
import { PassphraseField } from "@/components/lock/PassphraseField";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { downloadBlob } from "@/components/ui/download";
import { makeTransferFile } from "@/state/transfer";
import type { TransferPayload } from "@/transfer/transfer-payload";
import { downloadPdf } from "./pdf-download";

/** Makes the encrypted transfer file for the next school, and a readable PDF for a school without SEND Companion. */
export function TransferOut({ payload, now }: { payload: TransferPayload; now: () => Date }) {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function make() {
    const found: FieldError[] = [];
    if ([...passphrase].length < 12) found.push({ field: "transfer-passphrase", message: "Enter a passphrase of at least 12 characters for the transfer file" });
    else if (confirm !== passphrase) found.push({ field: "transfer-passphrase-confirm", message: "The passphrases do not match. Type the same passphrase twice" });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    setStatus("Making the transfer file…");
    const made = await makeTransferFile(payload, passphrase);
    setBusy(false);
    if (!made.ok) return void setErrors([{ field: "transfer-passphrase", message: made.message }]);
    downloadBlob(made.value.fileName, new Blob([made.value.bytes], { type: "application/json" }));
    setPassphrase("");
    setConfirm("");
    setStatus(`Transfer file saved as "${made.value.fileName}". Send it to the next school, and give them the passphrase another way (by phone, not in the same email).`);
  }

  return (
    <section aria-labelledby="transfer-title" class="page-section">
      <h3 id="transfer-title">Transfer to the next school</h3>
      <p>An encrypted file of this pupil's record, cycles, one-page profile and support plan, which the next school opens in SEND Companion.</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void make(); }}>
        <ErrorSummary errors={errors} />
        <PassphraseField id="transfer-passphrase" label="Passphrase for the transfer file" hint="At least 12 characters. Share it separately from the file." value={passphrase} onInput={setPassphrase} error={errorFor(errors, "transfer-passphrase")} autoComplete="new-password" />
        <PassphraseField id="transfer-passphrase-confirm" label="Type the passphrase again" value={confirm} onInput={setConfirm} error={errorFor(errors, "transfer-passphrase-confirm")} autoComplete="new-password" />
        <div class="button-row">
          <button type="submit" class="button" disabled={busy}>Make transfer file</button>
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              const { transferSummaryDocument } = await import("@/transfer/transfer-summary");
              await downloadPdf(transferSummaryDocument(payload), `Transfer summary - ${payload.pupil.firstName[0]}.${payload.pupil.lastName[0]}. - ${payload.madeOn}.pdf`, now());
            }}
          >
            Download summary (PDF)
          </button>
        </div>
      </form>
      {status && <p role="status" class="notice">{status}</p>}
      <p class="hint">The summary PDF is for a school that does not use SEND Companion. It is not encrypted: send it securely.</p>
    </section>
  );
}
