import { describe, expect, it } from "vitest";
import { fromJsonSafe, toJsonSafe } from "@/storage/backup/binary-json";

describe("binary-safe JSON", () => {
  it("round-trips bytes, buffers and objects that use the tag key themselves", () => {
    const value = {
      iv: new Uint8Array([1, 2, 255]),
      ct: new Uint8Array([9, 8, 7]).buffer,
      nested: [{ $type: "bytes", base64: "not really" }],
      plain: "text",
      n: 3,
      none: null,
    };
    const back = fromJsonSafe(JSON.parse(JSON.stringify(toJsonSafe(value)))) as typeof value;
    expect(back.iv).toEqual(value.iv);
    expect(Array.from(new Uint8Array(back.ct))).toEqual([9, 8, 7]);
    expect(back.nested).toEqual(value.nested);
    expect(back).toMatchObject({ plain: "text", n: 3, none: null });
  });

  it("refuses a tag it does not know", () => {
    expect(() => fromJsonSafe({ $type: "date", value: 1 })).toThrow(/unknown value tag/);
  });
});
