import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createStrategyModel } from "@/state/strategy-model";
import { DateField, NumberField, TextAreaField } from "@/components/ui/input-fields";
import { downloadBlob } from "@/components/ui/download";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { CHECKS_BEFORE_PUBLISHING, STRATEGY_HEADINGS, TEXT_SECTIONS } from "@/inclusion-strategy/sections";
import { budgetBySource, budgetTotal } from "@/inclusion-strategy/budget";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { longDate } from "@/graduated-approach/long-date";
import { strategyFileName } from "@/inclusion-strategy/file-name";
import { TableScroll } from "@/components/ui/TableScroll";
import { StrategyActivities } from "./StrategyActivities";
import "./strategy.css";

/** The workspace's Inclusion strategy page: the draft, every section editable and saved as you type, with Word and PDF downloads. */
export function StrategyEditor({ app }: { app: AppModel }) {
  const model = useMemo(
    () => createStrategyModel({ stores: () => app.storage(), framework: () => app.framework.value, settingName: () => app.setting.value?.name ?? "Our setting", now: app.now }),
    [app],
  );
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => app.onLock({ flush: model.flush, clear: model.clear }), [app, model]);
  useEffect(() => void model.load(), [model]);
  const s = model.strategy.value;
  if (!s) return <p role="status">Opening your inclusion strategy…</p>;

  async function download(kind: "docx" | "pdf") {
    setBusy(kind);
    try {
      await model.flush();
      const current = model.strategy.value!;
      const { strategyDocument } = await import("@/inclusion-strategy/strategy-document");
      const doc = strategyDocument(current);
      if (kind === "docx") {
        const { blocksDocx } = await import("@/document-blocks/blocks-docx");
        const bytes = await blocksDocx(doc);
        downloadBlob(strategyFileName(current, "docx"), new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      } else {
        const { blocksPdf } = await import("@/document-blocks/blocks-pdf");
        const bytes = blocksPdf(doc, { creationDate: app.now(), fileId: crypto.randomUUID().replace(/-/g, "").toUpperCase() });
        downloadBlob(strategyFileName(current, "pdf"), new Blob([bytes as BlobPart], { type: "application/pdf" }));
      }
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="strategy">
      <h2>Inclusion strategy</h2>
      <p>
        A draft of the inclusion strategy that schools receiving the Inclusive Mainstream Fund publish on their website, made from your
        self-audit and your recorded provision. It names no pupil. Every section can be changed; changes are saved as you type.
      </p>
      <div class="notice">
        <h3>{STRATEGY_HEADINGS.checks}</h3>
        <ul>{CHECKS_BEFORE_PUBLISHING.map((c) => <li key={c}>{c}</li>)}</ul>
      </div>
      <p role="status" class="save-status">{model.problem.value ?? (model.saved.value ? "All changes saved" : "Saving…")}</p>
      <div class="strategy-actions">
        <button type="button" class="button" disabled={busy !== null} onClick={() => void download("docx")}>Download Word document</button>
        <button type="button" class="button secondary" disabled={busy !== null} onClick={() => void download("pdf")}>Download PDF</button>
        <button type="button" class="button secondary" onClick={() => setConfirming(true)}>Start again from your records</button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Start the strategy again?"
          confirmLabel="Start again"
          onConfirm={() => { setConfirming(false); void model.redraft(); }}
          onCancel={() => setConfirming(false)}
        >
          <p>Your changes to every section will be replaced by a new draft from your self-audit and provision.</p>
        </ConfirmDialog>
      )}
      <section aria-labelledby="strategy-cover-title">
        <h3 id="strategy-cover-title">{STRATEGY_HEADINGS.cover}</h3>
        <DateField id="strategy-written" label="Date written" value={s.writtenOn} onChange={(writtenOn) => model.update((x) => ({ ...x, writtenOn }))} />
        <DateField id="strategy-review" label="Next review" hint="A year on unless you choose an earlier date." value={s.reviewOn} onChange={(reviewOn) => model.update((x) => ({ ...x, reviewOn }))} />
        <NumberField id="strategy-imf" label="Inclusive Mainstream Fund allocation" suffix="pounds" value={s.imfAllocation ?? 0} onChange={(v) => model.update((x) => ({ ...x, imfAllocation: v }))} />
        <p>Period: {longDate(s.periodFrom)} to {longDate(s.periodTo)}.</p>
      </section>
      {TEXT_SECTIONS.slice(0, 3).map((key) => (
        <TextAreaField key={key} id={`strategy-${key}`} label={STRATEGY_HEADINGS[key]} hint="Lines starting with “- ” print as a list." rows={8} value={s.text[key]} onInput={(v) => model.update((x) => ({ ...x, text: { ...x.text, [key]: v } }))} />
      ))}
      <StrategyActivities activities={s.activities} onChange={(activities) => model.update((x) => ({ ...x, activities }))} newId={() => `added-${crypto.randomUUID()}`} />
      <section aria-labelledby="strategy-budget-title">
        <h3 id="strategy-budget-title">{STRATEGY_HEADINGS.budget}</h3>
        <TableScroll label="Budgeted costs by funding source">
        <table class="strategy-budget">
          <thead><tr><th scope="col">Funding source</th><th scope="col">Activities</th><th scope="col">Budgeted cost</th></tr></thead>
          <tbody>
            {budgetBySource(s.activities).map((l) => (
              <tr key={l.source}><td>{l.label}</td><td>{l.activities}</td><td>{formatPounds(l.total)}</td></tr>
            ))}
            <tr><th scope="row">Total</th><td>{s.activities.length}</td><td>{formatPounds(budgetTotal(s.activities))}</td></tr>
          </tbody>
        </table>
        </TableScroll>
      </section>
      {TEXT_SECTIONS.slice(3).map((key) => (
        <TextAreaField key={key} id={`strategy-${key}`} label={STRATEGY_HEADINGS[key]} rows={6} value={s.text[key]} onInput={(v) => model.update((x) => ({ ...x, text: { ...x.text, [key]: v } }))} />
      ))}
    </div>
  );
}
