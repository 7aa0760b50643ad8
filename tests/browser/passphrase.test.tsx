import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { CreatePassphraseForm } from "@/components/lock/CreatePassphraseForm";
import { UnlockForm } from "@/components/lock/UnlockForm";
import { BackupPanel } from "@/components/app/BackupPanel";
import { loadPassphraseChecker } from "@/storage/vault/passphrase-checker";
import "@/components/ui/styles.css";

const loadChecker = () => loadPassphraseChecker(["Fictional Fields Academy"]);

describe("setting a passphrase", () => {
  it("refuses a well-known pattern and the school's own name, even when long enough", async () => {
    const onCreate = vi.fn(async () => {});
    const screen = render(<CreatePassphraseForm loadStrength={loadChecker} onCreate={onCreate} />);
    for (const weak of ["P@ssw0rd2024", "Summer2024!!", "Fictional Fields Academy"]) {
      const field = screen.getByLabelText("Passphrase", { exact: true });
      await userEvent.clear(field.element());
      await userEvent.type(field.element(), weak);
      await userEvent.clear(screen.getByLabelText("Type the passphrase again").element());
      await userEvent.type(screen.getByLabelText("Type the passphrase again").element(), weak);
      await screen.getByRole("button", { name: "Set passphrase" }).click();
      await expect.element(screen.getByRole("alert")).toHaveTextContent("Too easy to guess");
    }
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("refuses a short passphrase and a mismatched confirmation, naming both", async () => {
    const onCreate = vi.fn(async () => {});
    const screen = render(<CreatePassphraseForm loadStrength={loadChecker} onCreate={onCreate} />);
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
    const screen = render(<CreatePassphraseForm loadStrength={loadChecker} onCreate={onCreate} />);
    const phrase = "lantern otter biscuit glacier";
    await userEvent.type(screen.getByLabelText("Passphrase", { exact: true }).element(), phrase);
    await userEvent.type(screen.getByLabelText("Type the passphrase again").element(), phrase);
    await expect.element(screen.getByText("Strength: Very strong")).toBeVisible();
    await screen.getByRole("button", { name: "Set passphrase" }).click();
    expect(onCreate).toHaveBeenCalledWith(phrase);
  });
});

describe("making a backup", () => {
  it("asks for the backup passphrase twice and refuses a weak one", async () => {
    const onBackup = vi.fn(async () => new Blob(["{}"], { type: "application/json" }));
    const screen = render(<BackupPanel onBackup={onBackup} loadStrength={loadChecker} onRestore={vi.fn()} today="2026-12-01" />);
    await userEvent.type(screen.getByLabelText("Passphrase for the backup file").first().element(), "Summer2024!!");
    await userEvent.type(screen.getByLabelText("Type the backup passphrase again").element(), "Summer2024!!");
    await screen.getByRole("button", { name: "Make a backup" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Too easy to guess");
    const strong = "walnut harbour teacup ribbon";
    await userEvent.clear(screen.getByLabelText("Passphrase for the backup file").first().element());
    await userEvent.type(screen.getByLabelText("Passphrase for the backup file").first().element(), strong);
    await screen.getByRole("button", { name: "Make a backup" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("The two backup passphrases do not match");
    expect(onBackup).not.toHaveBeenCalled();
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
