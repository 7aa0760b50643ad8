import { useMemo } from "preact/hooks";
import type { AppModel } from "@/state/app-model";
import { createImportModel } from "@/state/import-model";
import { importWorker, workerChecker } from "@/state/worker-checker";
import { downloadText } from "@/components/ui/download";
import { ImportScreen } from "./ImportScreen";

/** Import pupils from an MIS export (CSV or Common Transfer File), and download the register for the census check. */
export function ImportPupils({ model }: { model: AppModel }) {
  const imp = useMemo(
    () =>
      createImportModel({
        storage: model.storage,
        now: model.now,
        defaultTier: () => model.framework.value.tiers[0]?.id ?? "universal",
        settingName: () => model.setting.value?.name,
        // Reading and checking run in a worker, so a file of thousands of pupils never freezes the page.
        checker: typeof Worker === "function" ? workerChecker(importWorker) : undefined,
      }),
    [model],
  );
  const today = () => model.now().toISOString().slice(0, 10);

  async function onCensus() {
    downloadText(`census-check-${today()}.csv`, await imp.censusCsv(), "text/csv");
  }

  return <ImportScreen imp={imp} today={today} onCensus={() => void onCensus()} />;
}
