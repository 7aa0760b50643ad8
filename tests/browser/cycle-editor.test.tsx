import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { useState } from "preact/hooks";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import type { Cycle } from "@/graduated-approach/cycle";
import type { ReviewStage } from "@/graduated-approach/cycle-stages";
import { CycleEditor } from "@/components/cycle/CycleEditor";
import { editCycle, fakePupil, goodCycle } from "../fixtures/graduated";
import "@/components/ui/styles.css";
import "@/components/ui/graduated.css";

const framework = loadBuiltInFramework();
const TODAY = "2026-01-15";

function Harness({ start, onClose, onChange }: { start: Cycle; onClose?: (r: ReviewStage) => void; onChange?: (c: Cycle) => void }) {
  const [cycle, setCycle] = useState(start);
  return (
    <CycleEditor
      pupil={fakePupil()}
      cycle={cycle}
      framework={framework}
      today={TODAY}
      onChange={(c) => { setCycle(c); onChange?.(c); }}
      onCloseReview={onClose ?? (() => {})}
    />
  );
}

const emptyCycle = () => editCycle(goodCycle(), (c) => {
  c.stages.assess = { strengthsAndNeeds: {}, assessments: [], pupilView: "", parentView: "", externalAdvice: [] };
  c.stages.plan = { outcomes: [], provisions: [] };
});

describe("cycle editor", () => {
  it("says a save refused because another window changed the cycle, and where to choose, not 'try again'", async () => {
    const props = { pupil: fakePupil(), cycle: goodCycle(), framework, today: TODAY, onChange: () => {}, onCloseReview: () => {} };
    const screen = render(<CycleEditor {...props} saveState="conflict" />);
    await expect.element(screen.getByRole("status").filter({ hasText: "Not saved" })).toHaveTextContent(
      "Not saved: changed in another window. Choose which version to keep, at the top.",
    );
    screen.rerender(<CycleEditor {...props} saveState="failed" />);
    await expect.element(screen.getByRole("status").filter({ hasText: "Not saved" })).toHaveTextContent("Not saved: try again");
  });

  it("spells out APDR and moves between the four stages by click and arrow keys", async () => {
    const screen = render(<Harness start={goodCycle()} />);
    await expect.element(screen.getByText(/Assess, plan, do, review \(APDR\)/)).toBeVisible();
    const assess = screen.getByRole("tab", { name: "Assess" });
    await expect.element(assess).toHaveAttribute("aria-selected", "true");
    await screen.getByRole("tab", { name: "Plan" }).click();
    await expect.element(screen.getByRole("heading", { name: "Outcomes" })).toBeVisible();
    screen.getByRole("tab", { name: "Plan" }).element().focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect.element(screen.getByRole("tab", { name: "Do" })).toHaveAttribute("aria-selected", "true");
    await expect.element(screen.getByRole("heading", { name: "Log a session" })).toBeVisible();
  });

  it("shows plan-quality issues inline while planning and clears them as the plan is fixed", async () => {
    const screen = render(<Harness start={emptyCycle()} />);
    await expect.element(screen.getByText("The pupil's own view is not recorded.")).toBeVisible();
    await userEvent.fill(screen.getByLabelText("The pupil's view").element(), "I like trains.");
    await expect.element(screen.getByText("The pupil's own view is not recorded.")).not.toBeInTheDocument();

    await screen.getByRole("tab", { name: /Plan/ }).click();
    await expect.element(screen.getByText(/The plan has no outcomes/)).toBeVisible();
    await screen.getByRole("button", { name: "Add an outcome" }).click();
    await expect.element(screen.getByText(/The plan has no outcomes/)).not.toBeInTheDocument();
    const what = screen.getByLabelText("What the pupil will achieve");
    await expect.element(what).toHaveValue("");
    expect(document.activeElement).toBe(what.element());
    await expect.element(screen.getByText(/This outcome has no baseline/)).toBeVisible();
    // The advice also sits beside the field it is about, and is read with it.
    await expect.element(screen.getByLabelText("Baseline: where the pupil is now")).toHaveAccessibleDescription(/Write where the pupil is now/);
    await userEvent.fill(what.element(), "Use new topic words");
    await expect.element(screen.getByText(/"Use new topic words" has no baseline/)).toBeVisible();
    await userEvent.fill(screen.getByLabelText("Target").element(), "Better talking");
    await expect.element(screen.getByText(/has no number or measure/)).toBeVisible();
    await userEvent.fill(screen.getByLabelText("Target").element(), "Uses 12 of 20 topic words");
    await expect.element(screen.getByText(/has no number or measure/)).not.toBeInTheDocument();
  });

  it("keeps one card open at a time, with a summary line, and a summary link opens the card at its field", async () => {
    const screen = render(<Harness start={emptyCycle()} />);
    await screen.getByRole("tab", { name: /Plan/ }).click();
    await screen.getByRole("button", { name: "Add an outcome" }).click();
    await userEvent.fill(screen.getByLabelText("What the pupil will achieve").element(), "Read ten sight words");
    await screen.getByRole("button", { name: "Add an outcome" }).click();
    await userEvent.fill(screen.getByLabelText("What the pupil will achieve").element(), "Ask for help");
    // Only the second card is open; the first shows its summary line.
    await expect.element(screen.getByLabelText("What the pupil will achieve")).toHaveValue("Ask for help");
    const first = screen.getByRole("button", { name: /Outcome 1: Read ten sight words/ });
    await expect.element(first).toHaveAttribute("aria-expanded", "false");
    await screen.getByRole("link", { name: /"Read ten sight words" has no baseline/ }).click();
    await expect.element(first).toHaveAttribute("aria-expanded", "true");
    await expect.element(screen.getByRole("button", { name: /Outcome 2: Ask for help/ })).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent).toBe("Baseline: where the pupil is now");
  });

  it("puts focus in a new assessment's name, ready to type over", async () => {
    const screen = render(<Harness start={emptyCycle()} />);
    await screen.getByRole("button", { name: "Add an assessment" }).click();
    const name = screen.getByLabelText("Name of the assessment");
    await expect.element(name).toHaveFocus();
    await userEvent.keyboard("Word reading test");
    await expect.element(name).toHaveValue("Word reading test");
  });

  it("asks before removing an outcome, and keeps it when the user says Keep", async () => {
    const screen = render(<Harness start={emptyCycle()} />);
    await screen.getByRole("tab", { name: /Plan/ }).click();
    await screen.getByRole("button", { name: "Add an outcome" }).click();
    await userEvent.fill(screen.getByLabelText("What the pupil will achieve").element(), "Count to twenty");
    await screen.getByRole("button", { name: "Remove outcome 1" }).click();
    await expect.element(screen.getByRole("dialog", { name: "Remove outcome 1?" })).toBeVisible();
    await screen.getByRole("button", { name: "Keep it" }).click();
    await expect.element(screen.getByLabelText("What the pupil will achieve")).toHaveValue("Count to twenty");
    await screen.getByRole("button", { name: "Remove outcome 1" }).click();
    await screen.getByRole("button", { name: "Yes, remove it" }).click();
    await expect.element(screen.getByText("No outcomes yet. Add at least one.")).toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Add an outcome" })).toHaveFocus();
  });

  it("adds provision from the framework for the pupil's needs and shows its yearly cost", async () => {
    const screen = render(<Harness start={emptyCycle()} />);
    await screen.getByRole("tab", { name: /Plan/ }).click();
    await screen.getByRole("button", { name: "Add provision" }).click();
    const list = screen.getByRole("heading", { name: "Choose provision from the framework" });
    await expect.element(list).toBeVisible();
    const offered = framework.statements.find((s) => s.area === "communication-interaction" && s.level === "targeted")!;
    await userEvent.fill(screen.getByLabelText("Search provision").element(), offered.text.split(" ").slice(0, 4).join(" "));
    await screen.getByRole("button", { name: offered.text }).click();
    await expect.element(screen.getByLabelText("Provision", { exact: true })).toHaveValue(offered.text);
    await userEvent.fill(screen.getByLabelText("Sessions a week").element(), "3");
    await userEvent.fill(screen.getByLabelText("Minutes a session").element(), "20");
    await userEvent.fill(screen.getByLabelText("Weeks").element(), "10");
    await userEvent.fill(screen.getByLabelText("Cost an hour (£)").element(), "18");
    await expect.element(screen.getByText("£180", { exact: true }).first()).toBeVisible();
  });

  it("asks for a decision before closing the review, then hands the review over", async () => {
    const onClose = vi.fn();
    const screen = render(<Harness start={goodCycle()} onClose={onClose} />);
    await screen.getByRole("tab", { name: "Review" }).click();
    await screen.getByRole("button", { name: "Close the review and start the next cycle" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Choose what happens next");
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByLabelText("Progress").element(), "Some progress");
    await screen.getByLabelText("Adjust the plan").click();
    await screen.getByRole("button", { name: "Close the review and start the next cycle" }).click();
    expect(onClose).toHaveBeenCalledTimes(1);
    const review = onClose.mock.calls[0]![0] as ReviewStage;
    expect(review).toMatchObject({ decision: "adjust", reviewedOn: TODAY, outcomeProgress: [{ outcomeId: "o1", progress: "some" }] });
  });

  it("shows a closed cycle as a record that cannot be changed", async () => {
    const closed = editCycle(goodCycle(), (c) => { c.status = "closed"; c.stages.review.reviewedOn = "2026-01-10"; c.stages.review.decision = "continue"; });
    const screen = render(<Harness start={closed} />);
    await expect.element(screen.getByText("This cycle is closed and kept as a record.")).toBeVisible();
    await expect.element(screen.getByLabelText("The pupil's view")).toBeDisabled();
  });
});
