import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { DueView } from "@/components/due/DueView";
import { summaryLookup } from "@/graduated-approach/cycle-summary";
import { dueList } from "@/graduated-approach/due-list";
import { editCycle, fakePupil, goodCycle } from "../fixtures/graduated";
import "@/components/ui/styles.css";
import "@/components/ui/graduated.css";

const TODAY = "2026-03-10";
const names: Record<string, string> = { late: "Ada Fakerly, Year 4", soon: "Bo Testwick, Year 2", none: "Cy Mockford, Year 6" };
const describePupil = (id: string) => names[id] ?? id;

describe("Due view", () => {
  it("groups what is due, most urgent first, with dates written out", async () => {
    const pupils = [fakePupil({ id: "late" }), fakePupil({ id: "soon" }), fakePupil({ id: "none" })];
    const cycles = [
      editCycle(goodCycle({ id: "c1", pupilId: "late" }), (c) => { c.stages.plan.reviewDate = "2026-03-03"; }),
      editCycle(goodCycle({ id: "c2", pupilId: "soon" }), (c) => { c.stages.plan.reviewDate = "2026-03-20"; }),
    ];
    const onOpen = vi.fn();
    const screen = render(<DueView items={dueList(pupils, summaryLookup(cycles), TODAY)} describePupil={describePupil} onOpenPupil={onOpen} noPupils={false} onAddPupil={() => {}} lastBackup="Last backup 4 days ago" />);
    const overdue = screen.getByRole("region", { name: /Reviews overdue/ });
    await expect.element(overdue).toHaveTextContent("Ada Fakerly, Year 4");
    await expect.element(overdue).toHaveTextContent("Review was due 3 March 2026 (7 days ago)");
    await expect.element(screen.getByRole("region", { name: /Reviews due in the next 14 days/ })).toHaveTextContent("Review due 20 March 2026 (in 10 days)");
    await expect.element(screen.getByRole("region", { name: /no open cycle/ })).toHaveTextContent("Cy Mockford");
    await expect.element(screen.getByRole("region", { name: /Fewer than 3 meetings/ })).toHaveTextContent("0 of 3 meetings held");
    await expect.element(screen.getByText("3 pupils need something from you.")).toBeVisible();
    await expect.element(screen.getByText(/^Last backup 4 days ago\. Make backups in the workspace/)).toBeVisible();
    await screen.getByRole("button", { name: /Ada Fakerly, Year 4 Review was due/ }).click();
    expect(onOpen).toHaveBeenCalledWith("late");
  });

  it("says so when nothing is due in a group", async () => {
    const screen = render(<DueView items={[]} describePupil={describePupil} onOpenPupil={() => {}} noPupils={false} onAddPupil={() => {}} lastBackup="No backup yet" />);
    await expect.element(screen.getByText("No reviews due in the next 14 days.")).toBeVisible();
    await expect.element(screen.getByText("No reviews are overdue.")).toBeVisible();
    await expect.element(screen.getByText("Nothing is due. Well done.")).toBeVisible();
    await expect.element(screen.getByText(/^No backup yet\./)).toBeVisible();
  });

  it("offers to add the first pupil when there are none", async () => {
    const onAdd = vi.fn();
    const screen = render(<DueView items={[]} describePupil={describePupil} onOpenPupil={() => {}} noPupils onAddPupil={onAdd} lastBackup="No backup yet" />);
    await expect.element(screen.getByText(/No pupils yet/)).toHaveTextContent("assess, plan, do, review (APDR)");
    await screen.getByRole("button", { name: "Add a pupil" }).click();
    expect(onAdd).toHaveBeenCalled();
  });

  it("draws only the rows in view of a long group, each saying its place in the whole group", async () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ kind: "no-open-cycle" as const, pupilId: `p${i}` }));
    const screen = render(<DueView items={items} describePupil={(id) => `Pupil ${id}`} onOpenPupil={() => {}} noPupils={false} onAddPupil={() => {}} lastBackup="No backup yet" />);
    const group = screen.getByRole("region", { name: /no open cycle/ });
    await expect.element(group).toHaveTextContent("(500)");
    const rows = [...group.element().querySelectorAll("li")];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(60);
    expect([rows[0]!.getAttribute("aria-posinset"), rows[0]!.getAttribute("aria-setsize")]).toEqual(["1", "500"]);
    expect(rows[0]!.textContent).toContain("Pupil p0");
  });
});
