import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createInterventionsModel } from "@/state/interventions-model";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { longDate } from "@/graduated-approach/long-date";
import { MAX_DAYS_OUT_OF_SAME_LESSON } from "@/provision-map/clashes";
import { buildGovernorsReport } from "@/provision-map/governors-report";
import { buildProvisionMap, PROVISION_MAP_HEADINGS as H } from "@/provision-map/provision-map-report";
import { LITTLE_PROGRESS_RULE, NOT_PROOF_OF_CAUSE } from "@/provision-map/what-works";
import { combinedGridTable, linesTable, timetableTable, totalsTables, whatWorksTable } from "@/provision-map/outputs/report-tables";
import { ProvisionMapDownloads } from "./ProvisionMapDownloads";
import { ReportTableView } from "./ReportTableView";
import "./interventions.css";

const VIEWS = [
  { hash: "#/provision-map", label: "Provision map" },
  { hash: "#/provision-map/what-works", label: "What works" },
  { hash: "#/provision-map/timetable", label: "Staff timetable" },
] as const;
const viewOf = () => VIEWS.find((v) => v.hash === location.hash)?.hash ?? VIEWS[0].hash;

/** The whole-setting provision map: grid and totals, what works, and the staff timetable with clashes, with downloads. */
export function ProvisionMapWorkspace({ app }: { app: AppModel }) {
  const model = useMemo(() => createInterventionsModel({ stores: () => app.storage(), now: app.now }), [app]);
  const [view, setView] = useState<string>(viewOf);
  useEffect(() => app.onLock({ flush: async () => {}, clear: model.clear }), [app, model]);
  useEffect(() => void model.load(), [model]);
  useEffect(() => {
    const onHash = () => setView(viewOf());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const today = app.now().toISOString().slice(0, 10);
  const input = {
    settingName: app.setting.value?.name ?? "Setting not named", pupils: model.pupils.value, cycles: model.cycles.value,
    interventions: model.interventions.value, framework: app.framework.value, today,
  };
  const report = useMemo(() => buildProvisionMap(input), [model.pupils.value, model.cycles.value, model.interventions.value, app.framework.value, today]);
  if (!model.loaded.value) return <p role="status">Working out the provision map…</p>;
  return (
    <div class="interventions provision-map">
      <h2>{VIEWS.find((v) => v.hash === view)!.label}</h2>
      <nav class="sub-tabs" aria-label="Provision map views">
        {VIEWS.map((v) => <a key={v.hash} href={v.hash} aria-current={v.hash === view ? "page" : undefined}>{v.label}</a>)}
      </nav>
      <ProvisionMapDownloads report={report} governors={() => buildGovernorsReport(input)} now={app.now} />
      {view === "#/provision-map" && (
        <>
          <p>
            School year {report.schoolYear}: <strong>{formatPounds(report.totals.total)}</strong> across {report.totals.pupils} pupils, from each pupil's latest plan (a year) and their share of each group's delivered sessions this school year.
          </p>
          <ReportTableView table={combinedGridTable(report.byArea, report.byTier)} caption={`${H.byArea}, and by tier`} />
          <h3>{H.totals}</h3>
          <div class="totals-grid">
            {totalsTables(report).map(({ heading, table }) => <ReportTableView key={heading} table={table} caption={heading} />)}
          </div>
          <p class="hint">There is no class in a pupil's record, so there are no totals by class. Plan provision has no funding source: it counts as "Not recorded".</p>
          <h3>{H.byYearGroup}</h3>
          {[...new Set(report.lines.map((l) => l.yearGroupLabel))].map((year) => {
            const all = linesTable(report);
            const table = { head: all.head.slice(1), body: all.body.filter((row) => row[0] === year).map((row) => row.slice(1)) };
            return (
              <details key={year} class="year-lines">
                <summary>{year}: {table.body.length} costed lines</summary>
                <ReportTableView table={table} caption={`Provision in ${year}`} />
              </details>
            );
          })}
        </>
      )}
      {view === "#/provision-map/what-works" && (
        <>
          <p class="notice">{NOT_PROOF_OF_CAUSE}</p>
          <ReportTableView table={whatWorksTable(report.whatWorks)} caption="Progress and cost of each intervention" />
          <p class="hint">No figure is given for fewer than 3 pupils with both an entry and an exit value. {LITTLE_PROGRESS_RULE} Cost per unit of progress is the measured pupils' shares of the cost ÷ their progress added up.</p>
        </>
      )}
      {view === "#/provision-map/timetable" && (
        <>
          <p>The week's sessions of the groups running on {longDate(today)}.</p>
          <ReportTableView table={timetableTable(report)} caption={H.timetable} />
          {report.unplaced.length > 0 && <p class="hint">Not on the timetable (no start time or days): {report.unplaced.join(", ")}.</p>}
          <h3>{H.clashes}</h3>
          <p class="hint">A pupil in two groups at once, an adult down for two groups at once, or a pupil out of class at the same time of day on more than {MAX_DAYS_OUT_OF_SAME_LESSON} days a week (the same lesson, most weeks).</p>
          {report.clashes.length === 0 ? <p>No clashes found.</p> : (
            <ul class="clash-list">{report.clashes.map((c, n) => <li key={n} class="flag overdue">{c.message}</li>)}</ul>
          )}
        </>
      )}
    </div>
  );
}
