import { useState } from "preact/hooks";
import { PHASE_LABELS } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import type { Setting } from "@/school-setting/setting";
import { DEMO_PASSPHRASE } from "@/demo-school/passphrase";
import { Notice } from "@/components/ui/fields";

export interface SettingSummaryProps {
  setting: Setting;
  framework: Framework;
  pupilCount: number;
  onLeaveDemo: () => Promise<void>;
}

export function SettingSummary({ setting, framework, pupilCount, onLeaveDemo }: SettingSummaryProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="setting-title">
      {setting.demo && (
        <Notice kind="demo">
          <p>
            <strong>This is a demo school.</strong> Every pupil in it is made up. Nothing here is real data.
          </p>
          <p>
            Its records are encrypted like real ones. To unlock it after locking, use the passphrase{" "}
            <kbd>{DEMO_PASSPHRASE}</kbd>.
          </p>
          {confirming ? (
            <div class="button-row" role="group" aria-label="Confirm leaving the demo school">
              <button type="button" class="button" onClick={() => void onLeaveDemo()}>
                Yes, remove the demo school
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          ) : (
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              Leave the demo school
            </button>
          )}
        </Notice>
      )}
      <h2 id="setting-title">Your setting</h2>
      <dl class="summary-list">
        <div>
          <dt>Name</dt>
          <dd>{setting.name}</dd>
        </div>
        <div>
          <dt>Phases</dt>
          <dd>{setting.phases.map((p) => PHASE_LABELS[p]).join(", ")}</dd>
        </div>
        <div>
          <dt>Framework</dt>
          <dd>
            {framework.name}, version {framework.version} ({framework.statements.length} statements)
          </dd>
        </div>
        <div>
          <dt>Pupils on record</dt>
          <dd>{pupilCount === 0 ? "No pupils yet" : pupilCount}</dd>
        </div>
      </dl>
    </section>
  );
}
