import { effect } from "@preact/signals";
import { describe, expect, it } from "vitest";
import type { Pupil } from "@/graduated-approach/pupil";
import { newPupil } from "@/graduated-approach/new-pupil";
import { syntheticUpn } from "@/graduated-approach/upn";
import type { ImportJournal } from "@/graduated-approach/csv-import";
import { createImportModel, type ImportProgress } from "@/state/import-model";
import { memoryStore } from "../../fixtures/memory-store";

const HEADER = "Forename,Surname,DOB,UPN,Year group,SEN provision,SEN need 1";
const upn = (i: number) => syntheticUpn(`999${String(i).padStart(9, "0")}`);

/** A CSV of `n` good pupils; every 100th row has an unknown need code. */
function csv(n: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(`Testy ${i},McTestface,01/09/2015,${upn(i)},Y6,K,${i % 100 === 0 ? "XYZ" : "SLCN"}`);
  return lines.join("\n");
}

function ctf(pupils: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile><Header><DateTime>2026-07-15T14:30:00</DateTime><SourceSchool><LEA>999</LEA><Estab>1001</Estab>
<SchoolName>Nowhere Test Primary School (fake)</SchoolName></SourceSchool></Header>
<CTFpupilData>${pupils}</CTFpupilData></CTfile>`;
}

function existingPupil(id: string, upnValue: string): Pupil {
  const made = newPupil(
    { firstName: "Keep", lastName: "Me", dateOfBirth: "2015-09-01", yearGroup: "Y5", phase: "school", upn: upnValue, senStatus: { code: "K" }, needs: [], tier: "universal" },
    "2025-01-01T00:00:00.000Z",
    id,
  );
  if (!made.success) throw made.error;
  return made.data;
}

/** The model over an in-memory store whose putMany can fail on a given call. */
function setUp({ failOnCall, existing = [] }: { failOnCall?: number; existing?: Pupil[] } = {}) {
  const store = memoryStore<Pupil>();
  for (const p of existing) store.map.set(p.id, p);
  const calls: number[] = [];
  const pupils = {
    ...store,
    async putMany(list: readonly Pupil[]) {
      calls.push(list.length);
      if (calls.length === failOnCall) throw new Error("The disk is full.");
      for (const p of list) store.map.set(p.id, structuredClone(p));
    },
  };
  const model = createImportModel({
    storage: () => ({ pupils }),
    now: () => new Date("2026-11-23T10:00:00.000Z"),
    defaultTier: () => "universal",
    chunkSize: 250,
  });
  const seen: ImportProgress[] = [];
  effect(() => {
    if (model.progress.value) seen.push(model.progress.value);
  });
  return { model, store, calls, seen };
}

describe("import model", () => {
  it("checks rows in chunks, yielding between them, and reports progress up to the total", async () => {
    const { model, seen } = setUp();
    const choosing = model.choose("pupils.csv", csv(1000));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The page got a turn part-way through: some rows are checked, not all.
    expect(model.progress.value?.phase).toBe("Checking rows");
    expect(model.progress.value!.done).toBeLessThan(1000);
    await choosing;
    expect(seen.map((p) => p.done)).toEqual([0, 250, 500, 750, 1000]);
    expect(seen.at(-1)).toEqual({ done: 1000, total: 1000, phase: "Checking rows" });
    expect(model.progress.value).toBeNull();
    expect(model.preview.value!.counts).toEqual({ rows: 1000, add: 990, update: 0, skip: 10 });
  });

  it("saves in chunks, moving progress, and reports what was added, updated and skipped", async () => {
    const kept = existingPupil("kept", upn(1));
    const { model, store, calls, seen } = setUp({ existing: [kept] });
    await model.choose("pupils.csv", csv(600));
    seen.length = 0;
    await model.confirm();
    expect(calls).toEqual([250, 250, 94]);
    expect(seen).toEqual([
      { done: 0, total: 594, phase: "Saving pupils" },
      { done: 250, total: 594, phase: "Saving pupils" },
      { done: 500, total: 594, phase: "Saving pupils" },
      { done: 594, total: 594, phase: "Saving pupils" },
    ]);
    const report = model.result.value!;
    expect([report.added, report.updated, report.skipped.length, report.stopped]).toEqual([593, 1, 6, undefined]);
    expect(report.skipped[0]).toEqual({
      rowNumber: 101, label: "Row 101",
      cells: { firstName: "Testy 100", lastName: "McTestface", dateOfBirth: "01/09/2015", upn: upn(100), yearGroup: "Y6", senStatus: "K", primaryNeed: "XYZ" },
      reasons: ["unknown SEN need code XYZ"],
    });
    expect(store.map.size).toBe(594);
    // Names are not overwritten unless the user allows it: the register's own spelling stays.
    expect(store.map.get("kept")!.firstName).toBe("Keep");
    expect(model.problem.value).toBeNull();
    expect(model.preview.value).toBeNull();
  });

  it("when a chunk fails, says how many were saved and keeps them and everything stored before", async () => {
    const kept = existingPupil("kept", syntheticUpn("999888888888"));
    const { model, store, calls } = setUp({ failOnCall: 2, existing: [kept] });
    await model.choose("pupils.csv", csv(600));
    await model.confirm();
    expect(calls).toEqual([250, 250]);
    expect(model.result.value).toMatchObject({ added: 250, updated: 0, stopped: { saved: 250, notSaved: 344, reason: "The disk is full." } });
    expect(model.problem.value).toBe(
      "Saving stopped part-way: 250 pupils saved and 344 pupils not saved (The disk is full). " +
        "The pupils saved are in the register and nothing already stored was lost. " +
        "Choose the file again to import the rest: pupils are matched, not added twice.",
    );
    expect(store.map.size).toBe(251);
    expect(store.map.get("kept")).toEqual(kept);
    expect([...store.map.values()].filter((p) => p.id !== "kept").map((p) => p.firstName).at(-1)).toBe("Testy 252");
    expect(model.progress.value).toBeNull();
    expect(model.busy.value).toBe(false);
  });

  it("says so when the first chunk fails and nothing was saved", async () => {
    const { model, store } = setUp({ failOnCall: 1 });
    await model.choose("pupils.csv", csv(3));
    await model.confirm();
    expect(model.problem.value).toBe("No pupils were saved: The disk is full. Nothing already in the register was changed.");
    expect(store.map.size).toBe(0);
  });

  it("checks every row again when the user chooses what a column holds", async () => {
    const { model } = setUp();
    await model.choose("pupils.csv", "Forename,Family name (legal),DOB,UPN\nTesty,McTestface,01/09/2015,\n");
    expect(model.preview.value!.notices).toEqual([
      "No column is used for Surname: choose one below, or only existing pupils matched by UPN can be updated.",
    ]);
    expect(model.preview.value!.counts.skip).toBe(1);
    await model.setColumn(1, "lastName");
    expect(model.source.value).toMatchObject({ format: "csv", mapping: { firstName: 0, lastName: 1, dateOfBirth: 2, upn: 3 } });
    expect(model.preview.value!.notices).toEqual([]);
    expect(model.preview.value!.counts).toEqual({ rows: 1, add: 1, update: 0, skip: 0 });
  });

  it("reads a Common Transfer File's pupils through the same checks, labelled by pupil", async () => {
    const { model, store, calls } = setUp();
    const pupil = (u: string, forename: string) =>
      `<Pupil><UPN>${u}</UPN><Surname>McTestface</Surname><Forename>${forename}</Forename><DOB>2015-09-01</DOB>` +
      `<BasicDetails><NCyearActual>6</NCyearActual></BasicDetails>` +
      `<SENhistory><SEN><StartDate>2021-09-06</StartDate><SENprovision>K</SENprovision></SEN></SENhistory></Pupil>`;
    await model.choose("transfer.xml", ctf(pupil(upn(1), "Testy") + pupil(upn(1), "Dupe")));
    expect(model.problem.value).toBeNull();
    expect(model.source.value).toMatchObject({
      format: "ctf",
      origin: { schoolName: "Nowhere Test Primary School (fake)", laEstab: "9991001", createdAt: "2026-07-15T14:30:00" },
    });
    const preview = model.preview.value!;
    expect(preview.format).toBe("ctf");
    expect(preview.counts).toEqual({ rows: 2, add: 1, update: 0, skip: 1 });
    expect(preview.rows[1]!.errors).toEqual([`Pupil 2: UPN ${upn(1)} is already on pupil 1.`]);
    await model.confirm();
    expect(calls).toEqual([1]);
    expect([...store.map.values()].map((p) => p.senStatus)).toEqual([{ code: "K", since: "2021-09-06" }]);
  });

  it("says plainly why a file cannot be read, and changes nothing in the register", async () => {
    const kept = existingPupil("kept", upn(1));
    const { model, store, calls } = setUp({ existing: [kept] });
    const problems: Record<string, string | null> = {};
    for (const [name, text] of [
      ["empty-transfer.xml", ctf("")],
      ["not-a-ctf.xml", '<?xml version="1.0"?><Pupils><Pupil/></Pupils>'],
      ["pupils.xlsx", "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml"],
      ["heading-only.csv", `${HEADER}\r\n`],
    ] as const) {
      await model.choose(name, text);
      problems[name] = model.problem.value;
      expect(model.preview.value).toBeNull();
      await model.confirm();
    }
    expect(problems).toEqual({
      "empty-transfer.xml": "The Common Transfer File from Nowhere Test Primary School (fake) has no pupils in it, so there is nothing to import.",
      "not-a-ctf.xml": "This XML file is not a Common Transfer File (CTF): choose a CTF exported from your MIS, or a CSV pupil list.",
      "pupils.xlsx": "This looks like an Excel workbook: save it as CSV from your MIS or Excel first, then choose the CSV file.",
      "heading-only.csv": "The file has a heading row but no pupils in it.",
    });
    expect(calls).toEqual([]);
    expect([...store.map.values()]).toEqual([kept]);
  });

  it("drops a check still running for an older file when a new file is chosen", async () => {
    const { model } = setUp();
    const first = model.choose("big.csv", csv(1000));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await model.choose("small.csv", csv(2));
    await first;
    expect(model.fileName.value).toBe("small.csv");
    expect(model.preview.value!.counts.rows).toBe(2);
  });
});

describe("an import cut short", () => {
  /** The model over stores with a journal; putMany fails on the given call, as if the tab had closed. */
  function withJournal(failOnCall: number | undefined, existing: Pupil[] = []) {
    const store = memoryStore<Pupil>();
    for (const p of existing) store.map.set(p.id, p);
    let calls = 0;
    let journal: ImportJournal | undefined;
    const stores = {
      pupils: {
        ...store,
        async putMany(list: readonly Pupil[]) {
          if (++calls === failOnCall) throw new Error("The page was closed.");
          for (const p of list) store.map.set(p.id, structuredClone(p));
        },
      },
      importJournal: {
        get: async () => journal,
        put: async (j: ImportJournal) => void (journal = structuredClone(j)),
        clear: async () => void (journal = undefined),
      },
    };
    let ids = 0;
    const make = () =>
      createImportModel({
        storage: () => stores,
        now: () => new Date("2026-11-23T10:00:00.000Z"),
        defaultTier: () => "universal",
        chunkSize: 250,
        newId: () => `import-${++ids}`,
      });
    return { store, make, journal: () => journal, heal: () => (failOnCall = undefined) };
  }

  it("keeps the import's id on every record it touches, and leaves no journal when it finishes", async () => {
    const { store, make, journal } = withJournal(undefined);
    const model = make();
    await model.choose("pupils.csv", csv(3));
    await model.confirm();
    expect([...store.map.values()].map((p) => p.importIds)).toEqual([["import-1"], ["import-1"], ["import-1"]]);
    expect(journal()).toBeUndefined();
  });

  it("is found when the screen opens again, and finishing saves the rest", async () => {
    const { store, make, journal, heal } = withJournal(2);
    await (async () => {
      const model = make();
      await model.choose("pupils.csv", csv(600));
      await model.confirm();
    })();
    expect(store.map.size).toBe(250);
    expect(journal()?.records).toHaveLength(594);
    heal();
    const reopened = make();
    await reopened.interrupted.find();
    expect(reopened.interrupted.found.value).toEqual({ fileName: "pupils.csv", startedAt: "2026-11-23T10:00:00.000Z", saved: 250, total: 594 });
    await reopened.interrupted.finish();
    expect(store.map.size).toBe(594);
    expect(reopened.interrupted.found.value).toBeNull();
    expect(reopened.interrupted.done.value).toBe("The import of pupils.csv is finished: 344 more saved.");
    expect(journal()).toBeUndefined();
  });

  it("undoing puts updated pupils back as they were and removes those it added", async () => {
    const before = existingPupil("kept", upn(1));
    const { store, make, journal, heal } = withJournal(2, [before]);
    const model = make();
    await model.choose("pupils.csv", csv(600));
    await model.confirm();
    expect(store.map.get("kept")!.importIds).toEqual(["import-1"]);
    heal();
    await model.interrupted.find();
    expect(model.interrupted.found.value).toMatchObject({ saved: 250, total: 594 });
    await model.interrupted.undo();
    expect([...store.map.values()]).toEqual([before]);
    expect(model.interrupted.done.value).toBe("The import of pupils.csv is undone: 1 put back as they were, 249 removed.");
    expect(journal()).toBeUndefined();
  });
});
