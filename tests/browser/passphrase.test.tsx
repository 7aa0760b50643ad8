import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { CreatePassphraseForm } from "@/components/lock/CreatePassphraseForm";
import { UnlockForm } from "@/components/lock/UnlockForm";
import { passphraseStrength } from "@/storage/vault/passphrase-strength";
import "@/components/ui/styles.css";

describe("setting a passphrase", () => {
  it("refuses a short passphrase and a mismatched confirmation, naming both", async () => {
    const onCreate = vi.fn(async () => {});
    const screen = render(<CreatePassphraseForm strength={passphraseStrength} onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText("Passphrase", { exact: true }).element(), "short");
    await expect.element(screen.getByText(/Strength: Very weak|Strength: Weak/)).toBeVisible();
    await userEvent.type(screen.getByLabelText("Type the passphrase again").element(), "shorter");
    await screen.getByRole("button", { name: "Set passphrase" }).click();
    const summary = screen.getByRole("alert");
    await expect.element(summary).toHaveTextContent("use at least 12");
    await expect.element(summary).toHaveTextContent("The two passphrases do not match");
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("accepts a long, matching passphrase", async () => {
    const onCreate = vi.fn(async () => {});
    const screen = render(<CreatePassphraseForm strength={passphraseStrength} onCreate={onCreate} />);
    const phrase = "lantern otter biscuit glacier";
    await userEvent.type(screen.getByLabelText("Passphrase", { exact: true }).element(), phrase);
    await userEvent.type(screen.getByLabelText("Type the passphrase again").element(), phrase);
    await screen.getByRole("button", { name: "Set passphrase" }).click();
    expect(onCreate).toHaveBeenCalledWith(phrase);
  });
});

describe("unlocking", () => {
  it("shows why a wrong passphrase failed and keeps focus on the field", async () => {
    const onUnlock = vi.fn(async () => {
      throw new Error("That passphrase is not right. Check it and try again.");
    });
    const screen = render(<UnlockForm settingName="Fictional Fields Academy" onUnlock={onUnlock} onUnlockWithRecoveryKey={async () => {}} />);
    await userEvent.type(screen.getByLabelText("Passphrase").element(), "wrong wrong wrong");
    await screen.getByRole("button", { name: "Unlock", exact: true }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("That passphrase is not right");
    expect(document.activeElement).toBe(screen.getByLabelText("Passphrase").element());
  });

  it("switches to the recovery key", async () => {
    const onRecovery = vi.fn(async () => {});
    const screen = render(<UnlockForm settingName="Fictional Fields Academy" onUnlock={async () => {}} onUnlockWithRecoveryKey={onRecovery} />);
    await screen.getByRole("button", { name: /Use your recovery key/ }).click();
    await userEvent.type(screen.getByLabelText("Recovery key").element(), " ABCD-EFGH ");
    await screen.getByRole("button", { name: "Unlock", exact: true }).click();
    expect(onRecovery).toHaveBeenCalledWith("ABCD-EFGH");
  });
});
