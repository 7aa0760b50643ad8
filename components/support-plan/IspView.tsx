import { useEffect, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import type { Intervention } from "@/provision-map/intervention";
import { buildIsp } from "@/support-plan/build-isp";
import { ispDocument } from "@/support-plan/isp-document";
import { ispJson } from "@/support-plan/isp-json";
import { ispPlainDocument, PLAIN_BODY_SIZE } from "@/support-plan/isp-plain-document";
import { goldenThread } from "@/case-sample/golden-thread";
import { initialsOf } from "@/evidence-pack/pseudonymise";
import { downloadText } from "@/components/ui/download";
import { transferPayload } from "@/state/transfer";
import { IspSummary } from "./IspSummary";
import { downloadPdf } from "./pdf-download";
import { TransferOut } from "./TransferOut";

export interface IspViewProps {
  pupil: Pupil;
  cycles: readonly Cycle[];
  framework: Framework;
  settingName: string;
  today: string;
  now: () => Date;
  loadInterventions: () => Promise<Intervention[]>;
  onBack: () => void;
}

/** A pupil's Individual Support Plan from their current cycle, with the plain-language and JSON versions, the golden thread and the transfer file. */
export function IspView({ pupil, cycles, framework, settingName, today, now, loadInterventions, onBack }: IspViewProps) {
  const [interventions, setInterventions] = useState<Intervention[] | null>(null);
  const [deidentify, setDeidentify] = useState(true);
  useEffect(() => {
    let live = true;
    loadInterventions().then((found) => live && setInterventions(found), () => live && setInterventions([]));
    return () => { live = false; };
  }, [pupil.id]);
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const back = <button type="button" class="button link back" onClick={onBack}>Back to {name}</button>;
  if (!interventions) return <p role="status">Opening the support plan…</p>;
  const built = buildIsp({ pupil, cycles, interventions, framework, settingName, today });
  if (!built.ok) return <>{back}<h2 id="isp-title">Support plan: {name}</h2><p class="empty">{built.message}</p></>;
  const isp = built.isp;
  const tag = `${initialsOf(pupil)} ${today}`;
  const payload = transferPayload({ pupil, cycles, interventions, framework, settingName, today });
  return (
    <article aria-labelledby="isp-title">
      {back}
      <h2 id="isp-title">Support plan: {name}</h2>
      <p>An individual support plan (ISP) drawn from cycle {isp.cycle.number}. Change it by changing the cycle, the pupil's details or their groups.</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void downloadPdf(ispDocument(isp), `Support plan - ${tag}.pdf`, now())}>Download plan (PDF)</button>
        <button type="button" class="button secondary" onClick={() => void downloadPdf(ispPlainDocument(isp), `Support plan for families - ${tag}.pdf`, now(), PLAIN_BODY_SIZE)}>
          Plain-language version (PDF)
        </button>
        <button type="button" class="button secondary" onClick={() => downloadText(`Support plan - ${tag}.json`, ispJson(isp), "application/json")}>Download JSON</button>
      </div>
      <IspSummary isp={isp} />
      <section aria-labelledby="thread-title" class="page-section">
        <h3 id="thread-title">Golden thread for a visit</h3>
        <p>One page from the need being identified through every plan and review, for an Ofsted or governor case sample.</p>
        <div class="field">
          <label class="checkbox">
            <input type="checkbox" checked={deidentify} onChange={(e) => setDeidentify(e.currentTarget.checked)} />
            De-identify (initials and year group only, no adviser names)
          </label>
        </div>
        <button type="button" class="button secondary" onClick={() => void downloadPdf(goldenThread({ pupil, cycles, today, deidentify }), `Golden thread - ${deidentify ? today : tag}.pdf`, now(), 9)}>
          Download golden thread (PDF)
        </button>
      </section>
      {payload.ok ? <TransferOut payload={payload.value} now={now} /> : <p class="error-message">{payload.message}</p>}
    </article>
  );
}
