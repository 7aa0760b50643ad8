import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { AuditRating } from "@/components/self-audit/AuditRating";
import { createAuditModel, type AuditStore } from "@/state/audit-model";
import type { Audit } from "@/self-audit/audit";
import { tinyFramework } from "../fixtures/tiny-framework";
import "@/components/ui/styles.css";
import "@/components/self-audit/audit.css";

/** An in-memory audits store that records every save. */
function memoryStore() {
  const saved = new Map<string, Audit>();
  const store: AuditStore & { saves: number } = {
    saves: 0,
    async put(audit) {
      store.saves++;
      saved.set(audit.id, structuredClone(audit));
    },
    async getAll() {
      return { records: [...saved.values()].map((a) => structuredClone(a)), quarantined: [] };
    },
  };
  return { store, saved };
}

async function ratingScreen(store: AuditStore, existing?: string) {
  const framework = tinyFramework();
  const model = createAuditModel({ store: () => store, framework: () => framework, settingName: () => "Nowhere Test School (fake)", now: () => new Date("2026-03-03T09:00:00Z"), saveDelayMs: 200 });
  await model.load();
  const id = existing ?? (await model.start("school")).id;
  function Screen() {
    const audit = model.find(id)!;
    return (
      <AuditRating
        framework={framework}
        audit={audit}
        saveState={model.saveState.value}
        problem={model.problem.value}
        resultsHref="#/results"
        onUpdate={(s, p) => model.update(id, s, p)}
        onFlush={() => void model.flush()}
        onComplete={(done) => model.complete(id, done)}
      />
    );
  }
  return { screen: render(<Screen />), model, id };
}

const focusedRadioGroup = () => document.activeElement?.closest('[role="radiogroup"]')?.id;

describe("audit rating screen", () => {
  it("rates by number keys, moving to the next statement and on to the next area", async () => {
    const { store, saved } = memoryStore();
    const { screen, id } = await ratingScreen(store);
    await expect.element(screen.getByText("0 of 2 rated")).toBeVisible();
    await expect.element(screen.getByRole("heading", { name: /Leading/ })).toBeVisible();
    const first = screen.getByRole("radiogroup", { name: "Leaders report on SEND every term." });
    first.getByRole("radio", { name: /Not in place/ }).element().focus();

    await userEvent.keyboard("1");
    await expect.element(screen.getByRole("heading", { name: /Talking/ })).toBeVisible();
    await expect.poll(() => saved.get(id)?.assessments["lead-1"]?.rating).toBe(1);
    await expect.poll(focusedRadioGroup).toBe("rate-talk-1");

    await userEvent.keyboard("2");
    await expect.element(screen.getByText("2 of 2 rated")).toBeVisible();
    await expect.element(screen.getByText("All 2 statements are rated.")).toBeVisible();
    await expect.poll(() => document.activeElement?.id).toBe("audit-finish");
    await expect.poll(() => saved.get(id)?.assessments["talk-1"]?.rating).toBe(2);
    expect(saved.get(id)?.assessments["lead-1"]?.rating).toBe(1);
  });

  it("moves with the arrow keys, changes a rating with left and right, and skips with S to come back later", async () => {
    const { store, saved } = memoryStore();
    const { screen, id } = await ratingScreen(store);
    const lead = screen.getByRole("radiogroup", { name: "Leaders report on SEND every term." });
    lead.getByRole("radio").first().element().focus();
    await userEvent.keyboard("s");
    await expect.element(screen.getByText("Skipped for now")).toBeVisible();
    await expect.poll(focusedRadioGroup).toBe("rate-talk-1");
    await expect.element(screen.getByText(/1 skipped for now/)).toBeVisible();

    await userEvent.keyboard("{ArrowRight}");
    const talk = screen.getByRole("radiogroup", { name: "Staff use a visual timetable every day." });
    await expect.element(talk.getByRole("radio", { name: /Not in place/ })).toHaveAttribute("aria-checked", "true");
    await userEvent.keyboard("{ArrowRight}");
    await expect.element(talk.getByRole("radio", { name: /Partly/ })).toHaveAttribute("aria-checked", "true");
    expect(document.activeElement?.textContent).toContain("Partly");

    await userEvent.keyboard("{ArrowUp}");
    await expect.poll(focusedRadioGroup).toBe("rate-lead-1");
    await userEvent.keyboard("2");
    await expect.element(screen.getByText("2 of 2 rated")).toBeVisible();
    await expect.poll(() => saved.get(id)?.assessments["lead-1"]).toMatchObject({ rating: 2, skipped: false });
  });

  it("loses no key press when keys come faster than the screen moves between areas", async () => {
    const { store, saved } = memoryStore();
    const { screen, id } = await ratingScreen(store);
    screen.getByRole("radiogroup", { name: "Leaders report on SEND every term." }).getByRole("radio").first().element().focus();
    await userEvent.keyboard("21");
    await expect.element(screen.getByText("2 of 2 rated")).toBeVisible();
    await expect.poll(() => [saved.get(id)?.assessments["lead-1"]?.rating, saved.get(id)?.assessments["talk-1"]?.rating]).toEqual([2, 1]);
  });

  it("keeps the chosen option as the only tab stop in each group", async () => {
    const { store } = memoryStore();
    const { screen } = await ratingScreen(store);
    await screen.getByRole("button", { name: /^Talking/ }).click();
    const talk = screen.getByRole("radiogroup", { name: "Staff use a visual timetable every day." });
    await talk.getByRole("radio", { name: /Embedded/ }).click();
    const tabStops = [...talk.element().querySelectorAll('[role="radio"]')].map((r) => r.getAttribute("tabindex"));
    expect(tabStops).toEqual(["-1", "-1", "0"]);
  });

  it("autosaves evidence and actions as they are typed, so nothing is lost on reload", async () => {
    const { store, saved } = memoryStore();
    const { screen, id } = await ratingScreen(store);
    await screen.getByRole("button", { name: "Add evidence and action" }).click();
    await userEvent.type(screen.getByLabelText("Evidence", { exact: true }).element(), "Termly report to governors");
    await userEvent.type(screen.getByLabelText("Action").element(), "=Share with parents");
    await userEvent.type(screen.getByLabelText("Owner").element(), "Head");
    await expect.poll(() => saved.get(id)?.assessments["lead-1"]?.owner, { timeout: 2000 }).toBe("Head");
    await expect.element(screen.getByText("All changes saved on this computer")).toBeVisible();
    screen.unmount();

    const again = await ratingScreen(store, id);
    await again.screen.getByRole("button", { name: "Show evidence and action" }).click();
    await expect.element(again.screen.getByLabelText("Evidence", { exact: true })).toHaveValue("Termly report to governors");
    await expect.element(again.screen.getByLabelText("Action")).toHaveValue("=Share with parents");
  });
});
