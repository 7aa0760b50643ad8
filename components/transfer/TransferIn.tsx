import { useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { applyTransfer, readTransferFile } from "@/state/transfer";
import type { TransferImportPlan } from "@/transfer/plan-import";
import { PassphraseField } from "@/components/lock/PassphraseField";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";

type Step = { kind: "choose" } | { kind: "check"; plan: TransferImportPlan; from: string } | { kind: "done"; plan: TransferImportPlan };

/** The workspace's Receive a transfer page: open a transfer file from the previous school, check what it brings, add it. */
export function TransferIn({ app }: { app: AppModel }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [busy, setBusy] = useState(false);

  async function open() {
    const found: FieldError[] = [];
    if (!file) found.push({ field: "transfer-file", message: "Choose the transfer file the previous school sent" });
    if (!passphrase) found.push({ field: "transfer-in-passphrase", message: "Enter the passphrase the previous school gave you" });
    setErrors(found);
    if (found.length || !file) return;
    setBusy(true);
    try {
      const read = await readTransferFile(file, passphrase, app.storage(), app.now());
      if (!read.ok) return void setErrors([{ field: "transfer-file", message: read.message }]);
      setStep({ kind: "check", plan: read.value.plan, from: read.value.payload.fromSetting });
    } finally {
      setBusy(false);
    }
  }

  async function add(plan: TransferImportPlan) {
    setBusy(true);
    try {
      await applyTransfer(plan, app.storage());
      setPassphrase("");
      setStep({ kind: "done", plan });
    } catch (e) {
      setErrors([{ field: "transfer-file", message: `Nothing was added: ${e instanceof Error ? e.message : String(e)}` }]);
      setStep({ kind: "choose" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="transfer-in-title" class="transfer-in">
      <h2 id="transfer-in-title">Receive a transfer</h2>
      <p>Open a transfer file from a pupil's previous school. The pupil is matched to your register by UPN; nothing you already hold is removed or replaced.</p>
      {step.kind === "choose" && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); void open(); }}>
          <ErrorSummary errors={errors} />
          <div class={`field${errorFor(errors, "transfer-file") ? " has-error" : ""}`}>
            <label for="transfer-file">Transfer file</label>
            {errorFor(errors, "transfer-file") && <p class="error-message" id="transfer-file-error">{errorFor(errors, "transfer-file")}</p>}
            <input id="transfer-file" type="file" accept=".sendtransfer,.json" aria-describedby={errorFor(errors, "transfer-file") ? "transfer-file-error" : undefined} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </div>
          <PassphraseField id="transfer-in-passphrase" label="Passphrase for the transfer file" value={passphrase} onInput={setPassphrase} error={errorFor(errors, "transfer-in-passphrase")} autoComplete="current-password" />
          <button type="submit" class="button" disabled={busy}>{busy ? "Opening…" : "Open transfer file"}</button>
        </form>
      )}
      {step.kind === "check" && (
        <div>
          <h3>What this file from {step.from} brings</h3>
          <ul>{step.plan.report.map((line) => <li key={line}>{line}</li>)}</ul>
          {step.plan.warnings.length > 0 && <div class="notice"><ul>{step.plan.warnings.map((w) => <li key={w}>{w}</li>)}</ul></div>}
          <div class="button-row">
            <button type="button" class="button" disabled={busy} onClick={() => void add(step.plan)}>Add to register</button>
            <button type="button" class="button secondary" onClick={() => setStep({ kind: "choose" })}>Cancel</button>
          </div>
        </div>
      )}
      {step.kind === "done" && (
        <div class="notice" role="status">
          <h3>Transfer added</h3>
          <ul>{step.plan.report.map((line) => <li key={line}>{line}</li>)}</ul>
          {step.plan.warnings.map((w) => <p key={w}>{w}</p>)}
          <button type="button" class="button secondary" onClick={() => { setFile(null); setStep({ kind: "choose" }); }}>Open another transfer file</button>
        </div>
      )}
    </section>
  );
}
