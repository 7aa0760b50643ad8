import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { FrameworkBrowser } from "@/components/framework-browser/FrameworkBrowser";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { tinyFramework } from "../fixtures/tiny-framework";
import "@/components/ui/styles.css";

const countText = (screen: ReturnType<typeof render>) => screen.getByRole("status").element().textContent ?? "";

describe("framework browser", () => {
  it("filters by tier and area and says how many statements are shown", async () => {
    const screen = render(<FrameworkBrowser framework={tinyFramework()} layout="panel" />);
    await expect.element(screen.getByRole("status")).toHaveTextContent("Showing 4 of 4 statements");
    await userEvent.selectOptions(screen.getByLabelText("Tier").element(), "Planned");
    await expect.element(screen.getByRole("status")).toHaveTextContent("Showing 1 of 4 statements");
    expect(screen.getByText("Leaders attend every annual review they are invited to.").element()).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText("Area").element(), "Talking");
    await expect.element(screen.getByText("No statements match these filters.")).toBeVisible();
    await screen.getByRole("button", { name: "Clear filters" }).click();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Showing 4 of 4 statements");
  });

  it("searches as you type and starts at the setting's phase", async () => {
    const screen = render(<FrameworkBrowser framework={tinyFramework()} layout="panel" initialPhase="post-16" />);
    await expect.element(screen.getByRole("status")).toHaveTextContent("Showing 2 of 4 statements");
    await userEvent.selectOptions(screen.getByLabelText("Phase").element(), "All phases");
    await userEvent.type(screen.getByLabelText("Search statements").element(), "words");
    await expect.element(screen.getByRole("status")).toHaveTextContent("Showing 1 of 4 statements");
    expect(countText(screen)).toContain("Showing 1");
    expect(screen.getByText("Small groups practise new words.").element()).toBeTruthy();
  });

  it("opens a statement by keyboard to show its strategies and evidence", async () => {
    const screen = render(<FrameworkBrowser framework={tinyFramework()} layout="panel" />);
    const toggle = screen.getByRole("button", { name: /visual timetable/ });
    await expect.element(toggle).toHaveAttribute("aria-expanded", "false");
    toggle.element().focus();
    await userEvent.keyboard("{Enter}");
    await expect.element(toggle).toHaveAttribute("aria-expanded", "true");
    await expect.element(screen.getByText("Pictures by the door")).toBeVisible();
    await expect.element(screen.getByText("This framework gives no evidence examples for this statement.")).toBeVisible();
  });

  it("shows the chosen statement beside the list in the workspace", async () => {
    const fw = loadBuiltInFramework();
    const screen = render(<FrameworkBrowser framework={fw} layout="workspace" />);
    await expect.element(screen.getByText("Choose a statement to see examples of strategies and evidence.")).toBeVisible();
    await userEvent.selectOptions(screen.getByLabelText("Area").element(), "Communication and interaction");
    const first = fw.statements.find((s) => s.area === "communication-interaction")!;
    await screen.getByRole("button", { name: first.text }).click();
    const pane = screen.getByRole("complementary", { name: "Selected statement" });
    await expect.element(pane).toHaveTextContent(first.text);
    await expect.element(pane).toHaveTextContent(first.strategies![0]!);
  });
});
