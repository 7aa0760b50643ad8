import { utf8, type Bytes } from "../vault/bytes";
import type { Pause } from "../pause";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const SCAN_SLICE = 2 * 1024 * 1024;

/**
 * JSON.parse of UTF-8 bytes, a slice at a time with pauses between, for a large backup's contents. The arrays
 * that sit `depth` levels down (a backup's `stores.<name>` lists, at depth 3) are parsed element by element
 * and each converted by `convert`; everything else is parsed (and converted) in one small piece. Gives
 * convert(JSON.parse(text)) for any JSON text when `convert` works value by value and keeps the shape down to
 * `depth` (as fromJsonSafe does for a backup's contents), and throws as JSON.parse does for text that is not JSON.
 */
export async function parseJsonInSlices(bytes: Bytes, depth: number, convert: (value: unknown) => unknown, pause: Pause): Promise<unknown> {
  /** Each split array: where its contents start and end, and where its elements are cut. */
  const arrays: { start: number; end: number; cuts: number[] }[] = [];
  let level = 0;
  let current: (typeof arrays)[number] | undefined;
  let nextPause = SCAN_SLICE;
  for (let at = 0; at < bytes.length; at++) {
    const b = bytes[at]!;
    if (b === QUOTE) {
      // Nearly all of a backup's bytes are inside strings (base64): skip to the string's end natively.
      at = closingQuote(bytes, at);
    } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      level++;
      if (b === OPEN_ARRAY && level === depth) current = { start: at + 1, end: at + 1, cuts: [] };
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
      if (b === CLOSE_ARRAY && level === depth && current) {
        current.end = at;
        arrays.push(current);
        current = undefined;
      }
      level--;
    } else if (b === COMMA && level === depth && current) {
      current.cuts.push(at);
    }
    if (at >= nextPause) {
      await pause();
      nextPause = at + SCAN_SLICE;
    }
  }

  // The text with every split array emptied but for its number, e.g. "pupils":[0], parsed in one go…
  const skeletonParts: Bytes[] = [];
  let from = 0;
  arrays.forEach((array, i) => {
    skeletonParts.push(bytes.subarray(from, array.start), utf8.encode(String(i)));
    from = array.end;
  });
  skeletonParts.push(bytes.subarray(from));
  const skeleton = convert(JSON.parse(skeletonParts.map((part) => utf8.decode(part)).join("")));

  // …then each array's elements, one by one, put back where their number stands.
  const filled: unknown[][] = [];
  for (const array of arrays) {
    const values: unknown[] = [];
    const bounds = [array.start - 1, ...array.cuts, array.end];
    const onlySpace = bounds.length === 2 && utf8.decode(bytes.subarray(array.start, array.end)).trim() === "";
    if (!onlySpace) {
      for (let k = 0; k + 1 < bounds.length; k++) {
        values.push(convert(JSON.parse(utf8.decode(bytes.subarray(bounds[k]! + 1, bounds[k + 1]!)))));
        await pause();
      }
    }
    filled.push(values);
  }
  return arrays.length === 0 ? skeleton : putBack(skeleton, filled, depth, 1);
}

/**
 * Where the string opened by the quote at `open` ends: the next quote not escaped (one with an even number of
 * backslashes before it). The text's length when the string never ends (JSON.parse then refuses the text).
 */
export function closingQuote(bytes: Bytes, open: number): number {
  for (let at = bytes.indexOf(QUOTE, open + 1); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) {
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return bytes.length;
}

/** Replaces each `[i]` found `depth` levels down with the i-th list of parsed elements. */
function putBack(value: unknown, filled: unknown[][], depth: number, level: number): unknown {
  if (typeof value !== "object" || value === null || level > depth) return value;
  // Converted values (bytes, buffers) are left as they are: only plain objects and arrays were parsed here.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  if (Array.isArray(value)) {
    if (level === depth) return filled[value[0] as number];
    return value.map((v) => putBack(v, filled, depth, level + 1));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = putBack(v, filled, depth, level + 1);
  return out;
}
