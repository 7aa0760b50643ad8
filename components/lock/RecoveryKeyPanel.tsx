import { useState } from "preact/hooks";
import { downloadText } from "@/components/ui/download";

/** Shown once, straight after encryption is set up: the only other way in if the passphrase is forgotten. */
export function RecoveryKeyPanel({ recoveryKey, settingName, onDone }: { recoveryKey: string; settingName: string; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const text =
    `SEND Companion recovery key for ${settingName}\n\n${recoveryKey}\n\n` +
    "Keep this somewhere safe and separate from this computer (for example, printed in the school safe).\n" +
    "It unlocks your records if the passphrase is forgotten. Anyone who has it and this computer can read them.\n";
  return (
    <section aria-labelledby="recovery-title">
      <h2 id="recovery-title">Save your recovery key</h2>
      <p>
        If you forget your passphrase, this recovery key is the only way to open your records. It is shown once. Print
        it or save it, and keep it somewhere safe away from this computer.
      </p>
      <p class="recovery-key" aria-label="Recovery key">
        {recoveryKey}
      </p>
      <div class="button-row no-print">
        <button type="button" class="button secondary" onClick={() => print()}>
          Print
        </button>
        <button type="button" class="button secondary" onClick={() => downloadText("send-companion-recovery-key.txt", text)}>
          Save as a file
        </button>
      </div>
      <div class="field no-print" style={{ marginTop: "1rem" }}>
        <label class="checkbox">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} />
          I have printed or saved my recovery key
        </label>
      </div>
      <button type="button" class="button no-print" disabled={!saved} onClick={onDone}>
        Continue
      </button>
    </section>
  );
}
