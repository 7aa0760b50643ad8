import { describe, expect, it } from "vitest";
import { formatRecoveryKey, parseRecoveryKey } from "@/storage/vault";
import { generateRecoveryKey } from "@/storage/vault/recovery-key";

describe("recovery keys", () => {
  it("are 128 random bits shown as seven groups of four Crockford base32 characters", () => {
    const { text, bytes } = generateRecoveryKey();
    expect(bytes).toHaveLength(16);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual(bytes);
  });

  it("read I and L as 1 and O as 0, in any case and spacing", () => {
    const bytes = new Uint8Array(16).fill(0);
    const text = formatRecoveryKey(bytes);
    expect(parseRecoveryKey(text.replace(/0/g, "o").replace(/-/g, "  "))).toEqual(bytes);
    const ones = formatRecoveryKey(new Uint8Array(16).fill(0x08));
    expect(parseRecoveryKey(ones.replace(/1/g, "l"))).toEqual(new Uint8Array(16).fill(0x08));
  });

  it("catch any one mistyped character", () => {
    const { text } = generateRecoveryKey();
    const chars = [...text.replace(/-/g, "")];
    for (let i = 0; i < chars.length; i++) {
      const typo = [...chars];
      typo[i] = typo[i] === "7" ? "8" : "7";
      expect(() => parseRecoveryKey(typo.join(""))).toThrow(/not a recovery key/);
    }
  });

  it("refuse text of the wrong length or with letters Crockford base32 leaves out", () => {
    expect(() => parseRecoveryKey("ABCD-EFGH")).toThrow(/28 letters and numbers/);
    expect(() => parseRecoveryKey("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")).toThrow(/not a recovery key/);
  });
});
