import type { ComponentChildren } from "preact";
import type { AppModel } from "@/state/app-model";
import { UnlockForm } from "@/components/lock/UnlockForm";
import { DEMO_PASSPHRASE } from "@/demo-school/passphrase";
import { ANNOUNCER_ID } from "@/components/ui/announce";
import { lazyComponent } from "@/components/ui/lazy";
import { useViewFocus } from "@/components/ui/view-focus";

// Screens shown once (first run, setting up the passphrase) or on failure are loaded when shown, keeping the
// side panel's start-up JavaScript within its budget (scripts/bundle-size.ts). The lock screen is not.
const EraseEverything = lazyComponent(() => import("./EraseEverything").then((m) => m.EraseEverything));
const BackupPanel = lazyComponent(() => import("./BackupPanel").then((m) => m.BackupPanel));
const FirstRunForm = lazyComponent(() => import("@/components/first-run/FirstRunForm").then((m) => m.FirstRunForm));
const CreatePassphraseForm = lazyComponent(() => import("@/components/lock/CreatePassphraseForm").then((m) => m.CreatePassphraseForm));
// Shown only when something went wrong elsewhere: loaded then.
const ClosedByOther = lazyComponent(() => import("./ClosedByOther").then((m) => m.ClosedByOther));
const SettingProblems = lazyComponent(() => import("./SettingProblems").then((m) => m.SettingProblems));
const RecoveryKeyPanel = lazyComponent(() => import("@/components/lock/RecoveryKeyPanel").then((m) => m.RecoveryKeyPanel));

/** Loading, failure, first-run, encryption set-up and lock states shared by the side panel and the workspace. */
export function AppFrame({ model, children, headerAction, viewKey, appName }: { model: AppModel; children: ComponentChildren; headerAction?: ComponentChildren; viewKey: string; appName: string }) {
  const status = model.status.value;
  const setting = model.setting.value;
  useViewFocus(status === "ready" ? `ready ${viewKey}` : status, appName);
  return (
    <>
      <header class="app-header">
        <div>
          <h1>SEND Companion</h1>
          {setting && <span class="setting-name">{setting.name}</span>}
        </div>
        {(status === "ready" || status === "reset-passphrase") && (
          <div class="button-row header-actions">
            {status === "ready" && headerAction}
            <button type="button" class="button secondary" onClick={() => model.lock()}>
              Lock
            </button>
          </div>
        )}
      </header>
      <main class="app-main" id="main">
        {model.settingProblems.value.length > 0 && status !== "failed" && (
          <SettingProblems problems={model.settingProblems.value} onKeep={status === "ready" ? () => void model.keepRepairedSetting() : undefined} />
        )}
        {status === "loading" && <p role="status">Opening SEND Companion…</p>}
        {status === "failed" && (
          <>
            <div class="error-summary" role="alert">
              <h2>Something went wrong</h2>
              <p>{model.problem.value}</p>
              <p>Nothing has been deleted. Close this page and open it again. If this keeps happening, restore from your last backup or erase everything and start again.</p>
            </div>
            <BackupPanel
              loadStrength={model.loadPassphraseChecker}
              onRestore={(file, passphrase) => model.replaceWithBackup(file, passphrase)}
              restoreHint="Everything on this computer is erased and replaced by the backup, once its passphrase is checked. Unlock afterwards with the passphrase that was in use when the backup was made."
              today={model.now().toISOString().slice(0, 10)}
            />
            <EraseEverything onErase={model.leaveDemo} />
          </>
        )}
        {status === "closed" && <ClosedByOther onReopen={() => void model.reopen()} />}
        {status === "first-run" && (
          <>
            <FirstRunForm frameworks={model.frameworkChoices.value} onSave={model.saveSetting} onTryDemo={model.startDemo} />
            <details class="restore-first-run">
              <summary>Moving to a new computer? Restore from a backup</summary>
              <BackupPanel loadStrength={model.loadPassphraseChecker} onRestore={model.restoreBackup} today={model.now().toISOString().slice(0, 10)} />
            </details>
          </>
        )}
        {status === "protect" && <CreatePassphraseForm loadStrength={model.loadPassphraseChecker} onCreate={model.createPassphrase} />}
        {status === "reset-passphrase" && (
          <CreatePassphraseForm mode="reset" loadStrength={model.loadPassphraseChecker} onCreate={model.resetPassphrase} />
        )}
        {status === "recovery-key" && model.recoveryKey.value && (
          <RecoveryKeyPanel recoveryKey={model.recoveryKey.value} settingName={setting?.name ?? "your setting"} onDone={() => void model.recoveryKeySaved()} />
        )}
        {status === "locked" && (
          <UnlockForm
            settingName={setting?.name ?? "SEND Companion"}
            reason={model.lockReason.value ?? undefined}
            demoPassphrase={setting?.demo ? DEMO_PASSPHRASE : undefined}
            onUnlock={model.unlock}
            onUnlockWithRecoveryKey={model.unlockWithRecoveryKey}
          />
        )}
        {status === "ready" && children}
      </main>
      <div id={ANNOUNCER_ID} class="visually-hidden" aria-live="polite" aria-atomic="true" />
    </>
  );
}
