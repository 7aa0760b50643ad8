import { useEffect, useMemo, useState } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createAuditModel } from "@/state/audit-model";
import { AuditRating } from "./AuditRating";
import { AuditResults } from "./AuditResults";
import { AuditStart } from "./AuditStart";
import { auditHref, parseAuditRoute, resultsHref } from "./audit-route";
import { useAuditFramework } from "./use-audit-framework";
import "./audit.css";

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  return hash;
}

/** The audit pages of the workspace: start or resume, rate, results. Saves before the page is hidden or closed. */
export function AuditWorkspace({ app }: { app: AppModel }) {
  const model = useMemo(
    () =>
      createAuditModel({
        store: () => app.storage().audits,
        framework: () => app.framework.value,
        settingName: () => app.setting.value?.name ?? "Your setting",
        now: app.now,
      }),
    [app],
  );
  const route = parseAuditRoute(useHash());
  useEffect(() => app.onLock({ flush: model.flush, clear: model.clear }), [app, model]);
  useEffect(() => {
    void model.load();
    const save = () => void model.flush();
    const onVisibility = () => document.visibilityState === "hidden" && save();
    // A save still under way when the page is closed or reloaded could be cut short: ask the browser to check first.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (model.saveState.value === "saved") return;
      save();
      e.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    addEventListener("pagehide", save);
    addEventListener("beforeunload", onBeforeUnload);
    return () => {
      save();
      document.removeEventListener("visibilitychange", onVisibility);
      removeEventListener("pagehide", save);
      removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [model]);

  const setting = app.setting.value;
  const shown = route.page === "start" ? undefined : model.find(route.id);
  const { framework, older } = useAuditFramework(app, shown);
  if (!model.loaded.value || !setting) return <p role="status">Opening your audits…</p>;
  if (route.page === "start") {
    return (
      <AuditStart
        framework={framework}
        phases={setting.phases}
        audits={model.audits.value}
        unreadable={model.unreadable.value}
        onStart={async (phase) => {
          location.hash = auditHref((await model.start(phase)).id);
        }}
      />
    );
  }
  const audit = model.find(route.id);
  if (!audit) {
    return (
      <div>
        <p class="empty">This audit could not be found. It may have been made on another computer.</p>
        <a href="#/audit">Back to your audits</a>
      </div>
    );
  }
  const versionNote = older && <p class="notice">This audit keeps version {framework.version} of the framework, which it was made with.</p>;
  if (route.page === "results") {
    return <>{versionNote}<AuditResults framework={framework} audit={audit} audits={model.audits.value} now={app.now} /></>;
  }
  return (
    <>
    {versionNote}
    <AuditRating
      key={audit.id}
      framework={framework}
      audit={audit}
      saveState={model.saveState.value}
      problem={model.problem.value}
      resultsHref={resultsHref(audit.id)}
      onUpdate={(statementId, patch) => model.update(audit.id, statementId, patch)}
      onFlush={() => void model.flush()}
      onComplete={(done) => model.complete(audit.id, done)}
    />
    </>
  );
}
