import { useMemo, useState } from "preact/hooks";
import { isRestorePreview, type RestorePreview, type RestoreSummary } from "@/state/app-model";
import { MergePreviewPanel } from "./MergePreviewPanel";
import { PassphraseField } from "@/components/lock/PassphraseField";
import { StrengthMeter } from "@/components/lock/StrengthMeter";
import { useStrength, type LoadStrength } from "@/components/lock/use-strength";
import { ErrorSummary, errorFor, type FieldError } from "@/components/ui/ErrorSummary";
import { downloadBlob } from "@/components/ui/download";

export interface BackupPanelProps {
  /** Absent on first run, where there is nothing yet to back up. */
  onBackup?: (backupPassphrase: string) => Promise<Blob>;
  /** Loads the passphrase strength check used for the backup file's passphrase. */
  loadStrength: LoadStrength;
  /** Restores at once, or (into an install with records) returns a preview to confirm. */
  onRestore: (file: Blob, backupPassphrase: string, oldPassphrase?: string) => Promise<RestoreSummary | RestorePreview>;
  today: string;
  /** What restoring does here, when it differs from adding and replacing records. */
  restoreHint?: string;
}

const KIND_LABELS: Record<string, string> = { pupils: "pupils", cycles: "APDR cycles", audits: "audits", settings: "setting", frameworks: "frameworks", interventions: "group interventions", strategies: "inclusion strategy drafts" };

export function describeRestore(summary: RestoreSummary): string {
  const parts = Object.entries(summary.byKind)
    .filter(([, c]) => c.added + c.replaced > 0)
    .map(([kind, c]) => `${KIND_LABELS[kind] ?? kind}: ${c.added} added, ${c.replaced} replaced`);
  const head = `Restored ${summary.added} new and ${summary.replaced} replaced records.`;
  const tail = summary.passphraseFromBackup ? " Unlock with the passphrase that was in use when the backup was made." : "";
  return `${head}${parts.length ? ` ${parts.join("; ")}.` : ""}${tail}`;
}

export function BackupPanel({ onBackup, loadStrength, onRestore, today, restoreHint }: BackupPanelProps) {
  const [backupPassphrase, setBackupPassphrase] = useState("");
  const [backupConfirm, setBackupConfirm] = useState("");
  const [backupErrors, setBackupErrors] = useState<FieldError[]>([]);
  const check = useStrength(loadStrength);
  // Rated when the passphrase changes, not on every render: the panel re-renders while a backup is made.
  const rating = useMemo(() => check(backupPassphrase), [check, backupPassphrase]);
  const [restorePassphrase, setRestorePassphrase] = useState("");
  const [oldPassphrase, setOldPassphrase] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState<RestorePreview | null>(null);

  const run = async (label: string, work: () => Promise<string>) => {
    setBusy(label);
    setMessage(null);
    try {
      setMessage({ kind: "ok", text: await work() });
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };

  const backUp = async () => {
    if (!onBackup) return;
    const found: FieldError[] = [];
    const checked = (await loadStrength())(backupPassphrase);
    if (!checked.ok) found.push({ field: "backup-passphrase", message: checked.advice });
    if (backupConfirm !== backupPassphrase) found.push({ field: "backup-passphrase-confirm", message: "The two backup passphrases do not match" });
    setBackupErrors(found);
    if (found.length) return;
    await run("backup", async () => {
      downloadBlob(`send-companion-backup-${today}.json`, await onBackup(backupPassphrase));
      setBackupPassphrase("");
      setBackupConfirm("");
      return "Backup saved to your downloads. Keep it somewhere safe, with its passphrase stored separately.";
    });
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      {message && (
        <div class={message.kind === "error" ? "error-summary" : "notice"} role={message.kind === "error" ? "alert" : "status"}>
          {message.kind === "error" && <h3>That did not work</h3>}
          <p>{message.text}</p>
        </div>
      )}
      {onBackup && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void backUp();
          }}
        >
          <h3>Make a backup</h3>
          <p class="hint">An encrypted file of everything in SEND Companion. Choose a strong passphrase for the file (at least 12 characters).</p>
          <ErrorSummary errors={backupErrors} />
          <PassphraseField id="backup-passphrase" label="Passphrase for the backup file" value={backupPassphrase} onInput={setBackupPassphrase} error={errorFor(backupErrors, "backup-passphrase")} autoComplete="new-password" />
          <StrengthMeter rating={rating} entered={backupPassphrase !== ""} />
          <PassphraseField
            id="backup-passphrase-confirm"
            label="Type the backup passphrase again"
            value={backupConfirm}
            onInput={setBackupConfirm}
            error={errorFor(backupErrors, "backup-passphrase-confirm")}
            autoComplete="new-password"
          />
          <button type="submit" class="button" disabled={busy !== null}>
            {busy === "backup" ? "Making the backup…" : "Make a backup"}
          </button>
        </form>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) {
            setMessage({ kind: "error", text: "Choose a backup file to restore." });
            return;
          }
          void run("restore", async () => {
            const result = await onRestore(file, restorePassphrase, oldPassphrase || undefined);
            if (!isRestorePreview(result)) return describeRestore(result);
            setPreview(result);
            return "The backup is open and checked. Look at what restoring it will do below, then restore or cancel.";
          });
        }}
      >
        <h3>Restore from a backup</h3>
        <p class="hint">{restoreHint ?? "Records in the backup are added, or replace the same records here. Nothing else is removed."}</p>
        <div class="field">
          <label for="backup-file">Backup file</label>
          <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <PassphraseField id="restore-passphrase" label="Passphrase for the backup file" value={restorePassphrase} onInput={setRestorePassphrase} autoComplete="current-password" />
        {onBackup && (
          <PassphraseField
            id="restore-old-passphrase"
            label="Passphrase of the computer the backup came from (if different)"
            hint="Needed only when the backup was made on another computer or before a fresh start."
            value={oldPassphrase}
            onInput={setOldPassphrase}
            autoComplete="current-password"
          />
        )}
        <button type="submit" class="button secondary" disabled={busy !== null}>
          {busy === "restore" ? "Checking the backup…" : onBackup ? "Check the backup" : "Restore"}
        </button>
      </form>
      {preview && (
        <MergePreviewPanel
          preview={preview}
          busy={busy === "merge"}
          onCancel={() => {
            setPreview(null);
            setMessage({ kind: "ok", text: "Nothing was restored." });
          }}
          onConfirm={() =>
            void run("merge", async () => {
              try {
                return describeRestore(await preview.apply());
              } finally {
                setPreview(null);
              }
            })
          }
        />
      )}
    </section>
  );
}
