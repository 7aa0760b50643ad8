import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { generateDemoSchool } from "@/demo-school/generate";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import { Cycle } from "@/graduated-approach/cycle";
import { makeTransferFile, readTransferFile, transferPayload, type TransferStores } from "@/state/transfer";
import { openSealedJson } from "@/storage/transfer/sealed-file";
import { planTransferImport } from "@/transfer/plan-import";
import type { Pupil } from "@/graduated-approach/pupil";

const today = "2026-03-20";
const framework = loadBuiltInFramework();
const school = generateDemoSchool({ pupils: 30, seed: 9, today });
const byPupil = cyclesByPupil(school.cycles);
const pupil = school.pupils.find((p) => (byPupil.get(p.id) ?? []).length >= 2)!;
const cycles = byPupil.get(pupil.id)!;
const made = transferPayload({ pupil, cycles, interventions: [], framework, settingName: "Testy McTestface Primary", today });
if (!made.ok) throw new Error(made.message);
const payload = made.value;
const passphrase = "correct horse battery staple";
let n = 0;
const newId = () => `new-${++n}`;

function memoryStores(pupils: Pupil[], stored: Cycle[]): TransferStores & { pupilsHeld: Pupil[]; cyclesHeld: Cycle[] } {
  const held = { pupilsHeld: [...pupils], cyclesHeld: [...stored] };
  return {
    ...held,
    pupils: { getAll: async () => ({ records: held.pupilsHeld }), put: async (p) => void (held.pupilsHeld = [...held.pupilsHeld.filter((x) => x.id !== p.id), p]) },
    cycles: { getAll: async () => ({ records: held.cyclesHeld }), putMany: async (cs) => void held.cyclesHeld.push(...cs) },
  };
}

describe("transfer file", () => {
  it("is encrypted: neither the name nor the UPN is readable in the file", async () => {
    const file = await makeTransferFile(payload, passphrase, 1000);
    if (!file.ok) throw new Error(file.message);
    const text = new TextDecoder().decode(file.value.bytes);
    expect(text).not.toContain(pupil.lastName);
    expect(text).not.toContain(pupil.upn!);
    expect(file.value.fileName).toBe(`Transfer - ${pupil.firstName[0]}.${pupil.lastName[0]}. - ${today}.sendtransfer`);
    const opened = await openSealedJson(file.value.bytes, passphrase, { format: "send-companion-transfer", formatVersion: 1, describe: "transfer file" });
    expect((opened.value as { pupil: { upn: string } }).pupil.upn).toBe(pupil.upn);
  });

  it("refuses a short passphrase, a wrong passphrase and a changed file with plain messages", async () => {
    expect(await makeTransferFile(payload, "short", 1000)).toEqual({ ok: false, message: "Use a passphrase of at least 12 characters." });
    const file = await makeTransferFile(payload, passphrase, 1000);
    if (!file.ok) throw new Error(file.message);
    const stores = memoryStores([], []);
    expect(await readTransferFile(file.value.bytes, "not the passphrase at all", stores, new Date())).toEqual({
      ok: false, message: "That passphrase does not open this transfer file. Check it with the sending school and try again.",
    });
    const changed = JSON.parse(new TextDecoder().decode(file.value.bytes));
    changed.createdAt = "2020-01-01T00:00:00.000Z";
    const result = await readTransferFile(JSON.stringify(changed), passphrase, stores, new Date());
    expect(result.ok ? "" : result.message).toMatch(/^This transfer file is incomplete or has been changed/);
    expect(await readTransferFile("hello", passphrase, stores, new Date())).toEqual({ ok: false, message: "This file is not a SEND Companion transfer file." });
  });

  it("adds a pupil who is not in the register, with every cycle and the ISP's outcomes", async () => {
    const file = await makeTransferFile(payload, passphrase, 1000);
    if (!file.ok) throw new Error(file.message);
    const stores = memoryStores([], []);
    const read = await readTransferFile(file.value.bytes, passphrase, stores, new Date("2026-04-01T09:00:00Z"));
    if (!read.ok) throw new Error(read.message);
    expect(read.value.plan.matched).toBe(false);
    expect(read.value.plan.cycles.map((c) => c.number)).toEqual(cycles.map((c) => c.number).sort());
    expect(read.value.plan.cycles.every((c) => Cycle.safeParse(c).success)).toBe(true);
    expect(read.value.plan.cycles.flatMap((c) => c.stages.plan.outcomes.map((o) => o.what))).toEqual(
      [...cycles].sort((a, b) => a.number - b.number).flatMap((c) => c.stages.plan.outcomes.map((o) => o.what)),
    );
    expect(read.value.plan.report[0]).toBe(`${pupil.firstName} ${pupil.lastName} is added to your register.`);
  });

  it("keeps everything already stored for a pupil matched by UPN and numbers the new cycles after theirs", () => {
    const here: Pupil = { ...pupil, id: "here-1", profile: { likeAndAdmire: "Written here", importantToMe: "", howToSupportMe: "" }, meetings: [] };
    const own = Cycle.parse({ id: "own-1", pupilId: "here-1", number: 1, openedOn: "2026-01-05", status: "closed", stages: { review: { reviewedOn: "2026-02-01" } } });
    const plan = planTransferImport(payload, [here], (id) => (id === "here-1" ? [own] : []), newId, "2026-04-01T09:00:00.000Z");
    expect(plan.matched).toBe(true);
    expect(plan.pupil.id).toBe("here-1");
    expect(plan.pupil.profile.likeAndAdmire).toBe("Written here");
    expect(plan.pupil.profile.importantToMe).toBe(pupil.profile.importantToMe);
    expect(plan.cycles.map((c) => c.number)).toEqual(cycles.map((_, i) => i + 2));
    expect(plan.cycles.every((c) => c.pupilId === "here-1" && c.id.startsWith("new-"))).toBe(true);
    expect(plan.report[0]).toBe(`${pupil.firstName} ${pupil.lastName} (UPN ${pupil.upn}) is already in your register: their record is kept and added to.`);
  });
});
