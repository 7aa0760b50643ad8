import { computed, signal } from "@preact/signals";
import type { FrameworkDraft } from "@/commitment-framework/edit-framework";
import { problemLines } from "@/commitment-framework/load-framework";
import { plainIssueMessage } from "@/commitment-framework/problems";
import { Framework } from "@/commitment-framework/schema";
import type { AppModel } from "./app-model";

/** The framework editor for local authority teams: a draft, checked as it changes, published as a new version. */
export function createFrameworkEditorModel(app: AppModel, start: Framework) {
  // The built-in framework cannot be replaced, so an edit of it becomes a framework of its own.
  const ownId = start.id === app.builtInFrameworkId ? `${start.id}-local` : start.id;
  const draft = signal<FrameworkDraft>({ ...structuredClone(start), id: ownId });
  const publishedVersion = start.version;
  const checked = computed(() => Framework.safeParse(draft.value));
  /** Messages by field path, e.g. "statements.3.text", for errors beside the field. */
  const fieldErrors = computed(() => {
    const map = new Map<string, string>();
    const result = checked.value;
    if (!result.success) for (const issue of result.error.issues) map.set(issue.path.join("."), plainIssueMessage(issue));
    return map;
  });
  const problems = computed(() => {
    const result = checked.value;
    const lines = result.success ? [] : problemLines(result.error.issues, draft.value, "Draft");
    if (draft.value.id === app.builtInFrameworkId) lines.push("Draft: id is the built-in framework's, which cannot be replaced: give this framework an id of its own.");
    if (draft.value.version === publishedVersion) lines.push(`Draft: version is still ${publishedVersion}: give this version a new number before publishing.`);
    return lines;
  });
  return {
    draft,
    fieldErrors,
    problems,
    set(next: FrameworkDraft) {
      draft.value = next;
    },
    /** The checked framework, ready to publish; undefined while there is anything to fix. */
    publishable: computed(() =>
      checked.value.success && draft.value.version !== publishedVersion && draft.value.id !== app.builtInFrameworkId ? checked.value.data : undefined,
    ),
    async publishAndUse(framework: Framework) {
      await app.useFramework(framework);
    },
  };
}

export type FrameworkEditorModel = ReturnType<typeof createFrameworkEditorModel>;
