import { signal } from "@preact/signals";

export interface UndoOffer {
  message: string;
  /** Said once the undo has put things back, e.g. "Cycle 2 restored." */
  restoredMessage: string;
}

/** One "Undo" offer at a time, withdrawn after `ms` milliseconds or when a new one replaces it. */
export function createUndo(ms: number) {
  const offer = signal<UndoOffer | null>(null);
  let action: (() => Promise<void>) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function dismiss() {
    clearTimeout(timer);
    offer.value = null;
    action = null;
  }

  return {
    offer,
    dismiss,
    show(message: string, restore: () => Promise<void>, restoredMessage = "Restored.") {
      clearTimeout(timer);
      action = restore;
      offer.value = { message, restoredMessage };
      timer = setTimeout(dismiss, ms);
    },
    async run() {
      const restore = action;
      dismiss();
      await restore?.();
    },
  };
}
