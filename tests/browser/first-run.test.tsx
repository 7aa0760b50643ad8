import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { FirstRunForm } from "@/components/first-run/FirstRunForm";
import "@/components/ui/styles.css";

const frameworks = [{ value: "test-la-framework", label: "Test Borough ordinarily available provision" }];

describe("first-run form", () => {
  it("shows an error summary and a message beside each field, and saves nothing", async () => {
    const onSave = vi.fn(async () => {});
    const screen = render(<FirstRunForm frameworks={frameworks} onSave={onSave} onTryDemo={async () => {}} />);
    await screen.getByRole("button", { name: "Save and continue" }).click();
    const summary = screen.getByRole("alert");
    await expect.element(summary).toHaveTextContent("There is a problem");
    await expect.element(summary).toHaveTextContent("Enter the name of your setting");
    await expect.element(summary).toHaveTextContent("Select at least one phase");
    await expect.element(screen.getByLabelText("Name of your setting")).toHaveAttribute("aria-invalid", "true");
    await expect.poll(() => document.activeElement).toBe(summary.element());
    expect(onSave).not.toHaveBeenCalled();
  });

  it("moves focus to the field when its error is chosen in the summary", async () => {
    const screen = render(<FirstRunForm frameworks={frameworks} onSave={async () => {}} onTryDemo={async () => {}} />);
    await screen.getByRole("button", { name: "Save and continue" }).click();
    await screen.getByRole("link", { name: "Enter the name of your setting" }).click();
    expect(document.activeElement).toBe(screen.getByLabelText("Name of your setting").element());
  });

  it("saves the trimmed name, the phases chosen and the framework", async () => {
    const onSave = vi.fn(async () => {});
    const screen = render(<FirstRunForm frameworks={frameworks} onSave={onSave} onTryDemo={async () => {}} />);
    await userEvent.type(screen.getByLabelText("Name of your setting").element(), "  Fictional Fields Academy  ");
    await screen.getByLabelText("School").click();
    await screen.getByLabelText("Post-16").click();
    await screen.getByRole("button", { name: "Save and continue" }).click();
    expect(onSave).toHaveBeenCalledWith({ name: "Fictional Fields Academy", phases: ["school", "post-16"], frameworkId: "test-la-framework" });
  });

  it("reports a failed save without losing what was typed", async () => {
    const onSave = vi.fn(async () => {
      throw new Error("The browser refused to store data (disk full).");
    });
    const screen = render(<FirstRunForm frameworks={frameworks} onSave={onSave} onTryDemo={async () => {}} />);
    await userEvent.type(screen.getByLabelText("Name of your setting").element(), "Fictional Fields Academy");
    await screen.getByLabelText("Early years").click();
    await screen.getByRole("button", { name: "Save and continue" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("disk full");
    await expect.element(screen.getByLabelText("Name of your setting")).toHaveValue("Fictional Fields Academy");
  });

  it("offers the demo school", async () => {
    const onTryDemo = vi.fn(async () => {});
    const screen = render(<FirstRunForm frameworks={frameworks} onSave={async () => {}} onTryDemo={onTryDemo} />);
    await screen.getByRole("button", { name: "Try with a demo school" }).click();
    expect(onTryDemo).toHaveBeenCalledOnce();
  });
});
