import { useEffect, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { drawCaseSample, type SampleEntry } from "@/case-sample/draw-sample";
import { goldenThread } from "@/case-sample/golden-thread";
import { sampleDocument } from "@/case-sample/sample-document";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { downloadPdf } from "@/components/support-plan/pdf-download";
import { TableScroll } from "@/components/ui/TableScroll";

/** The workspace's Case sample page: draw pupils across areas of need and year groups for a visit, de-identified by default. */
export function CaseSample({ app }: { app: AppModel }) {
  const [records, setRecords] = useState<{ pupils: Pupil[]; cycles: Cycle[] } | null>(null);
  const [size, setSize] = useState(6);
  const [seed, setSeed] = useState(1);
  const [deidentify, setDeidentify] = useState(true);
  useEffect(() => {
    const stores = app.storage();
    void Promise.all([stores.pupils.getAll(), stores.cycles.getAll()]).then(([p, c]) => setRecords({ pupils: p.records, cycles: c.records }));
    return app.onLock({ flush: async () => {}, clear: () => setRecords(null) });
  }, [app]);
  if (!records) return <p role="status">Opening the register…</p>;
  const today = app.now().toISOString().slice(0, 10);
  const sample = drawCaseSample(records.pupils, { size, today, seed, deidentify });
  const settingName = app.setting.value?.name ?? "Our setting";
  const thread = (entry: SampleEntry) => {
    const pupil = records.pupils.find((p) => p.id === entry.pupilId)!;
    const doc = goldenThread({ pupil, cycles: records.cycles.filter((c) => c.pupilId === pupil.id), today, deidentify });
    return downloadPdf(doc, `Golden thread - ${deidentify ? `${entry.yearGroup}-${sample.indexOf(entry) + 1}` : entry.label} - ${today}.pdf`, app.now(), 9);
  };
  return (
    <section aria-labelledby="case-sample-title">
      <h2 id="case-sample-title">Case sample</h2>
      <p>Draw a sample of pupils at SEN support or with an EHC plan for a governor or inspector visit, spread across areas of need and year groups. Each has a one-page golden thread.</p>
      <div class="field">
        <label for="sample-size">How many pupils</label>
        <input id="sample-size" type="number" min={1} max={30} value={size} onInput={(e) => setSize(Math.max(1, Math.min(30, Number(e.currentTarget.value) || 1)))} />
      </div>
      <div class="field">
        <label class="checkbox">
          <input type="checkbox" checked={deidentify} onChange={(e) => setDeidentify(e.currentTarget.checked)} />
          De-identify (initials and year group only)
        </label>
      </div>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => setSeed(seed + 1)}>Draw another sample</button>
        <button type="button" class="button secondary" onClick={() => void downloadPdf(sampleDocument(sample, settingName, today), `Case sample - ${today}.pdf`, app.now())}>Download the list (PDF)</button>
      </div>
      {sample.length === 0 ? (
        <p class="empty">No pupil is at SEN support or has an EHC plan, so there is no one to sample.</p>
      ) : (
        <TableScroll label="The pupils drawn">
        <table class="data-table">
          <caption class="visually-hidden">The pupils drawn</caption>
          <thead><tr><th scope="col">Pupil</th><th scope="col">Year group</th><th scope="col">Area of need</th><th scope="col">Golden thread</th></tr></thead>
          <tbody>
            {sample.map((entry) => (
              <tr key={entry.pupilId}>
                <td>{entry.label}</td>
                <td>{yearGroupLabel(entry.yearGroup)}</td>
                <td>{entry.area}</td>
                <td><button type="button" class="button link" aria-label={`Download golden thread for ${entry.label}`} onClick={() => void thread(entry)}>Download</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </section>
  );
}
