import type { SaveState } from "@/state/audit-model";

const TEXT: Record<SaveState, string> = {
  saved: "All changes saved on this computer",
  waiting: "Saving…",
  saving: "Saving…",
  failed: "Not saved",
};

export function SaveStatus({ state, problem }: { state: SaveState; problem: string | null }) {
  return (
    <p class={`save-status ${state}`} role="status">
      {TEXT[state]}
      {state === "failed" && problem ? `. ${problem}` : ""}
    </p>
  );
}
