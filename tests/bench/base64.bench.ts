import { bench, describe } from "vitest";
import { toBase64 } from "@/storage/vault/bytes";
import { backupShapedBytes, spreadBase64 } from "./base64-baseline";

const parts = backupShapedBytes();

describe("base64 of backup-shaped bytes (node; Buffer is the native baseline)", () => {
  bench("toBase64 (storage/vault/bytes)", () => void parts.forEach(toBase64), { iterations: 10 });
  bench("before issue 16: spread + string adds", () => void parts.forEach(spreadBase64), { iterations: 10 });
  bench("Buffer.toString('base64')", () => void parts.forEach((p) => Buffer.from(p.buffer, p.byteOffset, p.length).toString("base64")), { iterations: 10 });
});
