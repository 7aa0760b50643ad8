import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { useState } from "preact/hooks";
import { PupilList } from "@/components/pupils/PupilList";
import { PupilRow } from "@/components/pupils/PupilRow";
import type { PupilFilter } from "@/graduated-approach/pupil-filters";
import { fakePupil } from "../fixtures/graduated";
import { tinyFramework } from "../fixtures/tiny-framework";
import "@/components/ui/styles.css";

const pupils = [
  fakePupil({ id: "a", firstName: "Ada", lastName: "Example" }),
  fakePupil({ id: "b", firstName: "Adam", lastName: "Exemplar" }),
  fakePupil({ id: "c", firstName: "Testy", lastName: "McTestface" }),
];
const framework = tinyFramework();

function Register({ opened }: { opened: string[] }) {
  const [filter, setFilter] = useState<PupilFilter>({});
  return (
    <PupilList
      pupils={pupils}
      summaryOf={() => undefined}
      framework={framework}
      today="2026-03-03"
      filter={filter}
      onFilter={setFilter}
      // A new function on every render, as PupilsPanel passes it.
      onOpen={(id) => opened.push(`${id} after "${filter.text ?? ""}"`)}
      onAdd={() => {}}
    />
  );
}

describe("pupil register search", () => {
  it("redraws only the rows that change as you type, and opens the pupil clicked", async () => {
    const opened: string[] = [];
    const screen = render(<Register opened={opened} />);
    await expect.element(screen.getByText("Showing 3 of 3 pupils")).toBeInTheDocument();
    const renders = vi.spyOn(PupilRow.prototype, "render");

    await userEvent.type(screen.getByLabelText("Search by name or UPN"), "ad");
    await expect.element(screen.getByText("Showing 2 of 3 pupils")).toBeInTheDocument();
    expect(renders).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText("Search by name or UPN"));
    await expect.element(screen.getByText("Showing 3 of 3 pupils")).toBeInTheDocument();
    expect(renders).toHaveBeenCalledTimes(1); // only McTestface's row comes back

    await userEvent.type(screen.getByLabelText("Search by name or UPN"), "adam");
    await screen.getByRole("button", { name: /Exemplar, Adam/ }).click();
    expect(opened).toEqual(['b after "adam"']);
    renders.mockRestore();
  });
});
