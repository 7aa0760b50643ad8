import { computed, signal } from "@preact/signals";
import { diffFrameworks, mappingKey, type FrameworkDiff } from "@/commitment-framework/diff";
import {
  convertRows, distinctValues, FrameworkMapping, guessAreas, guessColumns, guessLevels, inspectSources,
  type ConversionResult, type FrameworkMappingInput, type Inspection, type SourceFile,
} from "@/commitment-framework/import";
import { validateFramework } from "@/commitment-framework/load-framework";
import { problemLines } from "@/commitment-framework/load-framework";
import type { Framework } from "@/commitment-framework/schema";
import { statementUses, type StatementUse } from "@/graduated-approach/framework-uses";
import type { AppModel } from "./app-model";

export type ImportStep = "choose" | "map" | "review" | "done";

const today = () => new Date().toISOString().slice(0, 10);

/** A first mapping for a file nobody has mapped yet: columns guessed from their names, levels spread over the tiers. */
function firstMapping(fileName: string, inspection: Extract<Inspection, { ok: true }>): FrameworkMappingInput {
  const columns = guessColumns(inspection.headers);
  const key = mappingKey(fileName) || "local-framework";
  return {
    mappingVersion: 1,
    source: inspection.headerRow ? { headerRow: inspection.headerRow } : { nodeName: "name" },
    framework: { id: key, name: key.replace(/-/g, " "), localAuthority: "", version: "1", published: today() },
    columns: { text: columns.text ?? inspection.headers[0] ?? "", ...columns },
    levels: guessLevels(distinctValues(inspection.rows, columns.level)),
    areas: guessAreas(inspection.rows, columns),
  };
}

/** The workspace's "Import a framework" screen: choose files, map their columns, check the preview, compare versions, use it. */
export function createFrameworkImportModel(app: AppModel) {
  const step = signal<ImportStep>("choose");
  const files = signal<SourceFile[]>([]);
  const inspection = signal<Inspection | null>(null);
  const draft = signal<FrameworkMappingInput | null>(null);
  const reused = signal(false);
  const fileProblem = signal<string[]>([]);
  const ready = signal<Framework | null>(null);
  const diff = signal<FrameworkDiff | null>(null);
  const removedInUse = signal<StatementUse[]>([]);

  const mapping = computed(() => (draft.value ? FrameworkMapping.safeParse(draft.value) : null));
  const mappingProblems = computed(() => {
    const m = mapping.value;
    return m && !m.success ? problemLines(m.error.issues, draft.value, "The mapping") : [];
  });
  const preview = computed<ConversionResult | null>(() => {
    const i = inspection.value;
    const m = mapping.value;
    if (!i?.ok || !m?.success) return null;
    return convertRows(i.rows, m.data);
  });

  async function chooseFiles(chosen: SourceFile[]) {
    files.value = chosen;
    fileProblem.value = [];
    ready.value = null;
    const first = chosen[0];
    if (!first) return;
    if (first.name.toLowerCase().endsWith(".json")) {
      const own = ownFormat(first);
      if (own) return own.ok ? review(own.framework) : void (fileProblem.value = own.errors);
    }
    const saved = await app.loadMapping(mappingKey(first.name));
    const looked = await inspectSources(chosen, { sheet: saved?.source.sheet, headerRow: saved?.source.headerRow, nodeName: saved?.source.nodeName });
    inspection.value = looked;
    if (!looked.ok) {
      fileProblem.value = [looked.problem];
      return;
    }
    reused.value = Boolean(saved);
    draft.value = saved ?? firstMapping(first.name, looked);
    step.value = "map";
  }

  /** A JSON file already in SEND Companion's format is checked as it is; undefined for anything else. */
  function ownFormat(file: SourceFile) {
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(file.bytes));
      if (typeof data === "object" && data !== null && "schemaVersion" in data) return validateFramework(data, file.name);
    } catch {
      return { ok: false as const, errors: [`${file.name} is not a valid JSON file.`] };
    }
    return undefined;
  }

  async function review(framework: Framework) {
    if (framework.id === app.builtInFrameworkId) {
      fileProblem.value = [`This framework has the id of the built-in one (${framework.id}), which cannot be replaced: give it an id of its own.`];
      step.value = "choose";
      return;
    }
    ready.value = framework;
    const previous = await app.storedFramework(framework.id);
    diff.value = previous ? diffFrameworks(previous, framework) : null;
    const removed = diff.value?.statements.removed.map((s) => s.id) ?? [];
    if (removed.length) {
      const storage = app.storage();
      const [cycles, audits] = await Promise.all([storage.cycles.getAll(), storage.audits.getAll()]);
      removedInUse.value = statementUses(removed, cycles.records, audits.records.filter((a) => a.frameworkId === framework.id));
    } else removedInUse.value = [];
    step.value = "review";
  }

  return {
    step, files, inspection, draft, reused, fileProblem, mapping, mappingProblems, preview, ready, diff, removedInUse,
    chooseFiles,
    setDraft(next: FrameworkMappingInput) {
      draft.value = next;
    },
    /** Re-reads the file when the sheet, header row or node name changes, keeping the rest of the mapping. */
    async reread(source: FrameworkMappingInput["source"]) {
      if (!files.value.length || !draft.value) return;
      draft.value = { ...draft.value, source };
      const looked = await inspectSources(files.value, source ?? {});
      fileProblem.value = looked.ok ? [] : [looked.problem];
      if (looked.ok) inspection.value = looked;
    },
    /** Saves the mapping for the next version of the same file, then shows what changes. */
    async confirmMapping() {
      const m = mapping.value;
      const result = preview.value;
      const first = files.value[0];
      if (!m?.success || !result?.framework || !first) return;
      await app.saveMapping(mappingKey(first.name), m.data);
      await review(result.framework);
    },
    async use() {
      if (!ready.value) return;
      await app.useFramework(ready.value);
      step.value = "done";
    },
    startAgain() {
      step.value = "choose";
      files.value = [];
      inspection.value = null;
      draft.value = null;
      ready.value = null;
      diff.value = null;
      fileProblem.value = [];
    },
  };
}

export type FrameworkImportModel = ReturnType<typeof createFrameworkImportModel>;
