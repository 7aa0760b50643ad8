import { fromBase64, isArrayBuffer, isBytes, toBase64 } from "../vault/bytes";

/**
 * Turns stored values (which hold Uint8Array and ArrayBuffer, e.g. encrypted payloads) into plain JSON
 * and back, byte for byte. Binary becomes `{ "$type": "bytes" | "buffer", "base64": … }`; a plain object
 * that happens to have a "$type" key is wrapped as `{ "$type": "object", "value": … }`, so nothing collides.
 */
export function toJsonSafe(value: unknown): unknown {
  if (isBytes(value)) return { $type: "bytes", base64: toBase64(value) };
  if (isArrayBuffer(value)) return { $type: "buffer", base64: toBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) throw new Error("only Uint8Array views can be backed up");
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonSafe(v);
    return "$type" in out ? { $type: "object", value: out } : out;
  }
  return value;
}

/** The inverse of toJsonSafe; throws on a tag it does not know. */
export function fromJsonSafe(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonSafe);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if ("$type" in record) {
    if (record.$type === "bytes" && typeof record.base64 === "string") return fromBase64(record.base64);
    if (record.$type === "buffer" && typeof record.base64 === "string") return fromBase64(record.base64).buffer;
    if (record.$type === "object" && typeof record.value === "object" && record.value !== null) {
      return mapValues(record.value as Record<string, unknown>);
    }
    throw new Error(`unknown value tag ${JSON.stringify(record.$type)}`);
  }
  return mapValues(record);
}

function mapValues(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = fromJsonSafe(v);
  return out;
}
