import { useState } from "preact/hooks";
import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { InterventionPage } from "@/components/interventions/InterventionPage";
import { tinyFramework } from "../fixtures/tiny-framework";
import { InterventionForm } from "@/components/interventions/InterventionForm";
import { logSession, type Intervention } from "@/provision-map";
import { group } from "../fixtures/interventions";
import "@/components/ui/styles.css";
import "@/components/interventions/interventions.css";

const register = [
  { id: "p1", name: "Ada Example", yearGroup: "Y3" },
  { id: "p2", name: "Testy McTestface", yearGroup: "Y3" },
  { id: "p3", name: "Fakey Fakerson", yearGroup: "Y4" },
].map((p) => ({ ...p, archived: false }));

function Card({ start, onDelete = () => {} }: { start: Intervention; onDelete?: () => void }) {
  const [intervention, setIntervention] = useState(start);
  return (
    <InterventionPage
      intervention={intervention}
      register={register}
      framework={tinyFramework()}
      today="2026-09-09"
      cycleOf={(id) => (id === "p1" ? "cycle-9" : undefined)}
      onLog={async (entry) => {
        const result = logSession(intervention, entry, "2026-09-09T10:00:00.000Z");
        if (result.ok) setIntervention(result.intervention);
        return result.ok ? null : result.message;
      }}
      onEdit={async (edit) => {
        let message: string | null = null;
        setIntervention((current) => {
          const result = edit(current, "2026-09-09T10:00:00.000Z");
          message = result.ok ? null : result.message;
          return result.ok ? result.intervention : current;
        });
        return message;
      }}
      onDelete={onDelete}
    />
  );
}

describe("Interventions", () => {
  it("logs two sessions for the whole group with one absence and shows each pupil's share of the cost", async () => {
    const screen = render(<Card start={group({ roster: register.map((p) => ({ pupilId: p.id, joined: "2026-09-07" })) })} />);
    const date = screen.getByLabelText("Date of the session");
    await date.fill("7/9/2026");
    await screen.getByRole("button", { name: "Mark delivered" }).click();
    await expect.element(screen.getByText("Delivered session logged for 7 September 2026.")).toBeVisible();
    await date.fill("9/9/2026");
    await screen.getByRole("checkbox", { name: "Testy McTestface" }).click();
    await screen.getByRole("button", { name: "Mark delivered" }).click();

    // 2 sessions × £12 = £24, shared by three pupils (the absent one too) = £8 each.
    await expect.element(screen.getByText(/2 of 2 logged sessions delivered, costing £24$/)).toBeVisible();
    const table = screen.getByRole("region", { name: "Pupils in Testy phonics group" });
    await expect.element(table.getByRole("row", { name: /Testy McTestface/ })).toHaveTextContent("£8217 September 2026 to now");
    await expect.element(table.getByRole("row", { name: /Ada Example/ })).toHaveTextContent("Cycle of Ada Example£8227 September 2026 to now");
    await expect.element(screen.getByRole("link", { name: "Cycle of Ada Example" })).toHaveAttribute("href", "sidepanel.html#/pupil/p1/cycle/cycle-9");
  });

  it("takes entry and exit scores for each pupil and shows progress, with no claim from too few pupils", async () => {
    const screen = render(<Card start={group({ roster: register.map((p) => ({ pupilId: p.id, joined: "2026-09-07" })) })} />);
    await screen.getByLabelText("What the group measures").selectOptions("SDQ total difficulties");
    await screen.getByRole("button", { name: "Save measure" }).click();
    await screen.getByLabelText("Entry value for Ada Example").fill("24");
    await screen.getByLabelText("Exit value for Ada Example").fill("18");
    await screen.getByLabelText("Entry value for Testy McTestface").fill("20");
    await screen.getByLabelText("Exit value for Testy McTestface").fill("21");
    await screen.getByRole("button", { name: "Save entry and exit values" }).click();
    const table = screen.getByRole("region", { name: "Entry and exit values in Testy phonics group" });
    // Lower is better on the SDQ: 24 → 18 is 6 points of progress, 20 → 21 is a point worse.
    await expect.element(table.getByRole("row", { name: /Ada Example/ })).toHaveTextContent("+6 points");
    await expect.element(table.getByRole("row", { name: /Testy McTestface/ })).toHaveTextContent("−1 points");
    await expect.element(screen.getByText("Too few pupils to say: 2 of the 3 needed have both an entry and an exit value.")).toBeVisible();
  });

  it("records a pupil leaving and asks before deleting the group", async () => {
    const onDelete = vi.fn();
    const screen = render(<Card start={group({ roster: register.map((p) => ({ pupilId: p.id, joined: "2026-09-07" })) })} onDelete={onDelete} />);
    await screen.getByRole("button", { name: "Record leaving for Fakey Fakerson" }).click();
    await screen.getByLabelText("Last day in the group").fill("8/9/2026");
    await screen.getByRole("button", { name: "Save leaving date" }).click();
    await expect.element(screen.getByRole("row", { name: /Fakey Fakerson/ })).toHaveTextContent("7 September 2026 to 8 September 2026");
    await screen.getByRole("button", { name: "Delete Testy phonics group" }).click();
    await screen.getByRole("button", { name: "Yes, delete Testy phonics group" }).click();
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it("refuses a session outside the intervention's dates, saying why", async () => {
    const screen = render(<Card start={group({ roster: [{ pupilId: "p1", joined: "2026-09-07" }] })} />);
    await screen.getByLabelText("Date of the session").fill("4/1/2027");
    await screen.getByRole("button", { name: "Mark missed" }).click();
    await expect.element(screen.getByText("Enter a date from the start to the end of Testy phonics group")).toBeVisible();
  });

  it("shows an error summary linked to each field when the new-intervention form is incomplete", async () => {
    const onSave = vi.fn(async () => [{ field: "name", message: "Enter a name for the intervention" }]);
    const archived = { id: "p4", name: "Archie Ved", yearGroup: "Y6", archived: true };
    const screen = render(<InterventionForm register={[...register, archived]} today="2026-09-07" onSave={onSave} onCancel={() => {}} />);
    await expect.element(screen.getByRole("checkbox", { name: "Archie Ved (Y6)" })).not.toBeInTheDocument();
    await screen.getByRole("checkbox", { name: "Ada Example (Y3)" }).click();
    await screen.getByRole("button", { name: "Save intervention" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Enter a name for the intervention");
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ pupilIds: ["p1"], startDate: "2026-09-07" }));
  });
});
