import type { AppModel } from "@/state/app-model";
import { ChangePassphraseForm } from "@/components/lock/ChangePassphraseForm";
import { NewRecoveryKey } from "@/components/lock/NewRecoveryKey";
import { ReencryptForm } from "@/components/lock/ReencryptForm";
import { SelectField } from "@/components/ui/fields";

const LOCK_CHOICES = [5, 10, 15, 30, 60, 120].map((m) => ({ value: String(m), label: `${m} minutes` }));

/** Lock timing and passphrase: the parts of the setting page that protect pupils' records. */
export function SecuritySettings({ model }: { model: AppModel }) {
  const setting = model.setting.value;
  if (!setting) return null;
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <SelectField
        id="lock-after"
        label="Lock after this long without activity"
        hint="SEND Companion also locks when the browser closes."
        value={String(setting.lockAfterMinutes)}
        options={LOCK_CHOICES}
        onChange={(v) => void model.updateSetting({ lockAfterMinutes: Number(v) })}
      />
      <ChangePassphraseForm loadStrength={model.loadPassphraseChecker} onChange={model.changePassphrase} />
      <NewRecoveryKey onMake={model.newRecoveryKey} />
      <ReencryptForm loadStrength={model.loadPassphraseChecker} onReencrypt={model.reencryptEverything} />
    </section>
  );
}
