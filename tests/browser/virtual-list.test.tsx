import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { VirtualList } from "@/components/ui/VirtualList";

const items = Array.from({ length: 3000 }, (_, i) => i);

describe("a virtual list with rows of different heights", () => {
  it("settles after a jump down the list, drawing the rows at that place", async () => {
    let renders = 0;
    render(
      <VirtualList
        class="rows"
        label="Rows"
        items={items}
        renderItem={(i, position) => {
          renders++;
          return <li key={i} aria-posinset={position?.posinset} aria-setsize={position?.setsize} style={{ height: `${i % 3 === 0 ? 90 : 40}px`, margin: 0 }}>Row {i}</li>;
        }}
      />,
    );
    await expect.poll(() => document.querySelectorAll("ul.rows > li").length).toBeGreaterThan(5);
    window.scrollTo(0, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const settled = renders;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(renders).toBe(settled);
    const drawn = [...document.querySelectorAll<HTMLLIElement>("ul.rows > li")];
    const first = Number(drawn[0]!.getAttribute("aria-posinset"));
    expect(first).toBeGreaterThan(500);
    expect(drawn.length).toBeLessThan(80);
    // The rows drawn cover the view.
    const view = { top: 0, bottom: window.innerHeight };
    expect(drawn[0]!.getBoundingClientRect().top).toBeLessThanOrEqual(view.top);
    expect(drawn.at(-1)!.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(view.bottom);
    window.scrollTo(0, 0);
  });
});
