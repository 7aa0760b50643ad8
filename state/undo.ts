import { signal } from "@preact/signals";

export interface UndoOffer {
  message: string;
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
    show(message: string, restore: () => Promise<void>) {
      clearTimeout(timer);
      action = restore;
      offer.value = { message };
      timer = setTimeout(dismiss, ms);
    },
    async run() {
      const restore = action;
      dismiss();
      await restore?.();
    },
  };
}
