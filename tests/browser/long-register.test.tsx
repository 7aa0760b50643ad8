import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { useState } from "preact/hooks";
import { PupilList } from "@/components/pupils/PupilList";
import type { PupilFilter } from "@/graduated-approach/pupil-filters";
import { fakePupil } from "../fixtures/graduated";
import { tinyFramework } from "../fixtures/tiny-framework";
import "@/components/ui/styles.css";
import "@/components/ui/graduated.css";

const SIZE = 2000;
const pupils = Array.from({ length: SIZE }, (_, i) =>
  fakePupil({ id: `p${i}`, firstName: "Ada", lastName: `Example${String(i).padStart(4, "0")}`, upn: undefined }),
);
const framework = tinyFramework();

function Register() {
  const [filter, setFilter] = useState<PupilFilter>({});
  return <PupilList pupils={pupils} summaryOf={() => undefined} framework={framework} today="2026-03-03" filter={filter} onFilter={setFilter} onOpen={() => {}} onAdd={() => {}} />;
}

const rows = () => [...document.querySelectorAll<HTMLLIElement>("ul.pupil-list > li")];

describe("a long register", () => {
  it("draws only the rows near the view, each saying where it is in the whole list", async () => {
    const screen = render(<Register />);
    await expect.element(screen.getByText(`Showing ${SIZE} of ${SIZE} pupils`)).toBeInTheDocument();
    const drawn = rows();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn.map((li) => [li.getAttribute("aria-posinset"), li.getAttribute("aria-setsize")]).slice(0, 2)).toEqual([["1", String(SIZE)], ["2", String(SIZE)]]);
    expect(screen.getByRole("list", { name: "Pupils" }).element().tagName).toBe("UL");

    // Scrolled to the bottom, the last pupils are drawn with their own positions.
    const list = document.querySelector<HTMLElement>("ul.pupil-list")!;
    window.scrollTo(0, list.offsetTop + list.offsetHeight);
    await expect.poll(() => rows().at(-1)?.getAttribute("aria-posinset")).toBe(String(SIZE));
    expect(rows().at(-1)!.textContent).toContain(`Example${SIZE - 1}`);
    expect(rows().length).toBeLessThan(60);
    window.scrollTo(0, 0);
  });

  it("lets Tab walk from row to row past the rows first drawn", async () => {
    render(<Register />);
    await expect.poll(() => rows().length).toBeGreaterThan(5);
    const first = rows().length;
    rows()[0]!.querySelector("button")!.focus();
    for (let i = 0; i < first + 5; i++) await userEvent.keyboard("{Tab}");
    const focused = document.activeElement?.closest("li");
    expect(focused?.getAttribute("aria-posinset")).toBe(String(first + 6));
    expect(focused?.textContent).toContain(`Example${String(first + 5).padStart(4, "0")}`);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(document.activeElement?.closest("li")?.getAttribute("aria-posinset")).toBe(String(first + 5));
  });

  it("searches the whole register, not just the rows drawn", async () => {
    const screen = render(<Register />);
    await userEvent.type(screen.getByLabelText("Search by name or UPN"), "Example1999");
    await expect.element(screen.getByText(`Showing 1 of ${SIZE} pupils`)).toBeInTheDocument();
    expect(rows().map((li) => li.textContent?.includes("Example1999"))).toEqual([true]);
  });
});
