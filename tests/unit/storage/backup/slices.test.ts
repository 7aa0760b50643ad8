import { describe, expect, it } from "vitest";
import { toJsonSafe } from "@/storage/backup/binary-json";
import { pauseEvery } from "@/storage/pause";
import { bodyJsonPieces, joinBytes } from "@/storage/backup/slices";
import { waitForWritesEvery } from "@/storage/backup/write-slices";
import type { BackupBody } from "@/storage/backup/backup-format";
import { utf8 } from "@/storage/vault/bytes";

const envelope = (i: number) => ({ id: `r${i}`, payload: { iv: new Uint8Array([i % 256, 1, 2]), data: new Uint8Array(40).fill(i % 7).buffer } });
const body = {
  vault: null,
  stores: {
    settings: [{ id: "setting", payload: { name: "Ada Example School", $type: "not a tag" } }],
    frameworks: [],
    pupils: Array.from({ length: 450 }, (_, i) => envelope(i)),
    cycles: Array.from({ length: 3 }, (_, i) => ({ ...envelope(i), pupilId: `r${i}` })),
    audits: [],
    interventions: [],
  },
} as unknown as BackupBody;

describe("a backup built in slices", () => {
  it("is byte for byte the JSON a single JSON.stringify gives, in pieces that each have their own buffer", async () => {
    let pauses = 0;
    const pieces = await bodyJsonPieces(body, async () => void pauses++);
    const bytes = await joinBytes(pieces, async () => {});
    expect(utf8.decode(bytes)).toBe(JSON.stringify(toJsonSafe(body)));
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(new Set(pieces.map((p) => p.buffer)).size).toBe(pieces.length);
  });

  it("joins pieces in order", async () => {
    expect([...(await joinBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])], async () => {}))]).toEqual([1, 2, 3]);
  });

  it("pauses only once its time budget has been used", async () => {
    const pause = pauseEvery(10_000);
    const started = performance.now();
    for (let i = 0; i < 1000; i++) await pause();
    expect(performance.now() - started).toBeLessThan(1000);
    const always = pauseEvery(0);
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    await always();
    await always();
    expect(ticked).toBe(true);
  });
});

describe("writes inside a transaction that give way", () => {
  it("wait for the latest write only once their time budget has been used", async () => {
    const waited: number[] = [];
    const write = (n: number) => ({ then: (resolve: () => void) => (waited.push(n), resolve()) }) as unknown as Promise<unknown>;
    const never = waitForWritesEvery(60_000);
    for (let i = 0; i < 100; i++) await never(write(i));
    expect(waited).toEqual([]);
    const always = waitForWritesEvery(0);
    await always(write(1));
    await always(write(2));
    expect(waited).toEqual([1, 2]);
  });
});
