import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { useState } from "preact/hooks";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import type { Cycle } from "@/graduated-approach/cycle";
import { CycleEditor } from "@/components/cycle/CycleEditor";
import { DescriptorsSection } from "@/components/pupils/DescriptorsSection";
import { editCycle, fakePupil, goodCycle } from "../fixtures/graduated";
import "@/components/ui/styles.css";
import "@/components/ui/graduated.css";

const framework = loadBuiltInFramework();

function Descriptors() {
  const [descriptors, setDescriptors] = useState<string[]>([]);
  return <DescriptorsSection pupil={fakePupil({ descriptors })} framework={framework} areas={["communication-interaction"]} onChange={setDescriptors} />;
}

function Editor() {
  const [cycle, setCycle] = useState<Cycle>(editCycle(goodCycle(), (c) => void (c.stages.plan = { outcomes: [], provisions: [] })));
  return <CycleEditor pupil={fakePupil()} cycle={cycle} framework={framework} today="2026-01-15" onChange={setCycle} onCloseReview={() => {}} />;
}

describe("need descriptors on the pupil page", () => {
  it("keeps one descriptor of a choose-one group ticked and shows the level and tier it points to", async () => {
    const screen = render(<Descriptors />);
    await expect.element(screen.getByRole("status")).toHaveTextContent("Tick the descriptors that fit the pupil");
    const d2 = screen.getByRole("checkbox", { name: /Often misses longer instructions/ });
    const d3 = screen.getByRole("checkbox", { name: /Understands only short, familiar sentences/ });
    await d2.click();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Tier 2: Targeted");
    await d3.click();
    await expect.element(d2).not.toBeChecked();
    await expect.element(d3).toBeChecked();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Tier 3: Targeted Plus");
  });
});

describe("costed provision in the provision picker", () => {
  it("offers catalogue items for the pupil's areas and tier and fills in the cost", async () => {
    const screen = render(<Editor />);
    await screen.getByRole("tab", { name: /Plan/ }).click();
    await screen.getByRole("button", { name: "Add provision" }).click();
    // 1.5 hours a week × £18 ÷ a group of 4 = £6.75 a week, for 39 weeks.
    const item = screen.getByRole("button", { name: /Small-group intervention led by a teaching assistant/ });
    await expect.element(item).toHaveTextContent("£263.25 a year");
    await expect.element(screen.getByRole("button", { name: /Specialist literacy teaching/ })).not.toBeInTheDocument();
    await item.click();
    await expect.element(screen.getByLabelText("Who delivers it")).toHaveValue("Teaching assistant");
    await expect.element(screen.getByLabelText("Group size")).toHaveValue(4);
    await expect.element(screen.getByText("£263.25", { exact: true }).first()).toBeVisible();
    await expect.element(screen.getByText(/From the framework's costed provision at Targeted, version 2026.1/)).toBeVisible();
  });
});
