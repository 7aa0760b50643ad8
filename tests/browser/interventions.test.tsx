import { useState } from "preact/hooks";
import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-preact";
import { InterventionCard } from "@/components/interventions/InterventionCard";
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
const names = new Map(register.map((p) => [p.id, p.name]));

function Card({ start }: { start: Intervention }) {
  const [intervention, setIntervention] = useState(start);
  return (
    <InterventionCard
      intervention={intervention}
      names={names}
      today="2026-09-09"
      onLog={async (entry) => {
        const result = logSession(intervention, entry, "2026-09-09T10:00:00.000Z");
        if (result.ok) setIntervention(result.intervention);
        return result.ok ? null : result.message;
      }}
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
    await expect.element(screen.getByText("2 of 2 logged sessions delivered, costing £24.")).toBeVisible();
    const table = screen.getByRole("region", { name: "Pupils in Testy phonics group" });
    await expect.element(table.getByRole("row", { name: /Testy McTestface/ })).toHaveTextContent("Testy McTestface21£8");
    await expect.element(table.getByRole("row", { name: /Ada Example/ })).toHaveTextContent("Ada Example22£8");
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
