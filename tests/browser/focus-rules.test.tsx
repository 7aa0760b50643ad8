import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { useState } from "preact/hooks";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { DateField } from "@/components/ui/input-fields";
import { UndoBar } from "@/components/ui/UndoBar";
import "@/components/ui/styles.css";

function DeleteButton({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <main id="main">
      <h2>Ada Example</h2>
      <button type="button" onClick={() => setAsking(true)}>Delete Ada Example</button>
      {asking && (
        <ConfirmDialog title="Delete Ada Example?" confirmLabel="Yes, delete" cancelLabel="Keep" onConfirm={onConfirm} onCancel={() => setAsking(false)}>
          <p>You can undo this for 30 seconds.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

describe("focus rules", () => {
  it("a confirm dialog is modal, starts on the safe choice, and Escape gives focus back to its opener", async () => {
    const onConfirm = vi.fn();
    const screen = render(<DeleteButton onConfirm={onConfirm} />);
    const opener = screen.getByRole("button", { name: "Delete Ada Example" });
    await opener.click();
    const dialog = screen.getByRole("dialog", { name: "Delete Ada Example?" });
    await expect.element(dialog).toBeVisible();
    expect((dialog.element() as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement?.textContent).toBe("Keep");
    await userEvent.keyboard("{Escape}");
    await expect.element(dialog).not.toBeInTheDocument();
    expect(document.activeElement).toBe(opener.element());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("an Undo offer takes focus, and gives it to the view's heading when it goes", async () => {
    function Harness() {
      const [shown, setShown] = useState(true);
      return (
        <main id="main">
          <h2>Cycles</h2>
          {shown && <UndoBar message="Cycle 2 deleted." onUndo={() => setShown(false)} onDismiss={() => setShown(false)} />}
        </main>
      );
    }
    const screen = render(<Harness />);
    const undo = screen.getByRole("button", { name: "Undo" });
    await expect.element(undo).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => document.activeElement?.textContent).toBe("Cycles");
  });

  it("a date field is one text box that reads day/month/year and hands on an ISO date", async () => {
    const onChange = vi.fn();
    const screen = render(<DateField id="when" label="By when" value="2026-03-04" onChange={onChange} />);
    const input = screen.getByLabelText("By when");
    await expect.element(input).toHaveValue("04/03/2026");
    await userEvent.fill(input.element(), "27/3/2026");
    expect(onChange).toHaveBeenLastCalledWith("2026-03-27");
    await userEvent.fill(input.element(), "31/2/2026");
    (input.element() as HTMLInputElement).blur();
    await expect.element(screen.getByText("Enter a real date, for example 27/3/2026")).toBeVisible();
    expect(onChange).toHaveBeenLastCalledWith("2026-03-27");
  });
});
