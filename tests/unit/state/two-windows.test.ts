import { describe, expect, it } from "vitest";
import { syntheticUpn } from "@/graduated-approach/upn";
import { createImportModel } from "@/state/import-model";
import { createPupilsModel } from "@/state/pupils-model";
import { fakePupil, goodCycle } from "../../fixtures/graduated";
import { newInstalls, PASSPHRASE } from "./new-install";

const newInstall = newInstalls();
const today = () => "2026-03-20";

/** The side panels of two browser windows, over one install: each page has its own models and stores. */
async function twoWindows() {
  const { model, openAnotherPage } = await newInstall();
  const other = await openAnotherPage();
  await other.unlock(PASSPHRASE);
  const first = createPupilsModel(() => model.storage(), today, { autosaveMs: 0 });
  const second = createPupilsModel(() => other.storage(), today, { autosaveMs: 0 });
  return { first, second };
}

describe("two windows editing one pupil", () => {
  it("refuses the second save, says so, and keeps the first window's edit", async () => {
    const { first, second } = await twoWindows();
    const pupil = fakePupil({ firstName: "Ada", lastName: "Example" });
    await first.addPupil(pupil);
    await second.load();

    await first.editPupil({ ...pupil, lastName: "Saved-First" });
    await expect(second.editPupil({ ...pupil, lastName: "Saved-Second" })).rejects.toThrow(/another window/);
    expect(second.conflict.value).toMatchObject({ kind: "pupil", id: pupil.id, theirs: "changed", label: "Ada Saved-Second's record" });
    expect(second.saveState.value).toBe("failed");
    expect(second.problem.value).toBeNull();

    await second.reloadTheirs();
    expect(second.conflict.value).toBeNull();
    expect(second.pupilById(pupil.id)?.lastName).toBe("Saved-First");
  });

  it("saves the second window's version over the first's when the user keeps theirs", async () => {
    const { first, second } = await twoWindows();
    const pupil = fakePupil();
    const cycle = goodCycle({ pupilId: pupil.id });
    await first.addPupil(pupil);
    first.updateCycle(cycle);
    await first.flush();
    await second.load();

    first.updateCycle({ ...cycle, openedOn: "2026-01-06" });
    await first.flush();
    second.updateCycle({ ...cycle, openedOn: "2026-01-07" });
    await second.flush().catch(() => {});
    expect(second.conflict.value).toMatchObject({ kind: "cycle", id: cycle.id, theirs: "changed" });

    await second.keepMine();
    expect(second.conflict.value).toBeNull();
    await first.load();
    expect(first.cycles.value.find((c) => c.id === cycle.id)?.openedOn).toBe("2026-01-07");
  });

  it("tells the second window when the first deleted the pupil it is editing", async () => {
    const { first, second } = await twoWindows();
    const pupil = fakePupil();
    await first.addPupil(pupil);
    await second.load();
    await first.deletePupil(pupil.id);
    await expect(second.editPupil({ ...pupil, lastName: "Too-Late" })).rejects.toThrow(/deleted in another window/);
    expect(second.conflict.value?.theirs).toBe("deleted");
    await second.reloadTheirs();
    expect(second.pupilById(pupil.id)).toBeUndefined();
  });
});

describe("an import while a pupil is being edited in another window", () => {
  it("keeps the edit and changes only the fields the file gives", async () => {
    const { model, openAnotherPage } = await newInstall();
    const panel = await openAnotherPage();
    await panel.unlock(PASSPHRASE);
    const sidePanel = createPupilsModel(() => panel.storage(), today, { autosaveMs: 0 });
    const pupil = fakePupil({ upn: syntheticUpn("999000000001"), firstName: "Ada", lastName: "Example", dateOfBirth: "2016-05-04", needs: [{ code: "SLCN", rank: 1 }] });
    await sidePanel.addPupil(pupil);

    const workspace = createImportModel({ storage: () => model.storage(), now: () => new Date("2026-03-20T10:00:00Z"), defaultTier: () => "universal" });
    const file = `Forename,Surname,DOB,UPN,Year group,SEN provision,SEN need 1\nAda,Example,04/05/2016,${pupil.upn},Y4,K,SEMH`;
    await workspace.choose("pupils.csv", file);
    expect(workspace.preview.value?.rows[0]?.action).toBe("update");

    // While the SENCO looks at the preview, the side panel records the pupil's one-page profile.
    await sidePanel.editPupil({ ...pupil, profile: { likeAndAdmire: "", importantToMe: "Trains", howToSupportMe: "" } });
    await workspace.confirm();

    expect(workspace.result.value).toMatchObject({ added: 0, updated: 1 });
    await sidePanel.load();
    const saved = sidePanel.pupilById(pupil.id);
    expect(saved?.profile?.importantToMe).toBe("Trains");
    expect(saved?.needs).toEqual([{ code: "SEMH", rank: 1 }]);
  });
});
