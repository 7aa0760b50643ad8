import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "@/storage/vault/bytes";

const nodeBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64");

describe("toBase64 and fromBase64", () => {
  it.each([0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 * 2 + 5])("match Node's base64 for %i bytes and come back unchanged", (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 7 + 3) & 0xff);
    const text = toBase64(bytes);
    expect(text).toBe(nodeBase64(bytes));
    expect([...fromBase64(text)]).toEqual([...bytes]);
  });

  it("encodes a view of part of a buffer, not the whole buffer", () => {
    const whole = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(toBase64(whole.subarray(2, 5))).toBe(nodeBase64(Uint8Array.from([3, 4, 5])));
  });

  it("says plainly when the text is not base64", () => {
    expect(() => fromBase64("not*base64")).toThrow("the text is not base64");
  });

});
