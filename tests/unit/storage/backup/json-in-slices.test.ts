import { describe, expect, it } from "vitest";
import { fromJsonSafe, toJsonSafe } from "@/storage/backup/binary-json";
import { closingQuote, parseJsonInSlices } from "@/storage/backup/json-in-slices";
import { utf8 } from "@/storage/vault/bytes";

const noPause = async () => {};
const parse = (text: string, depth = 3) => parseJsonInSlices(utf8.encode(text), depth, (v) => v, noPause);

describe("JSON parsed in slices", () => {
  it("gives what JSON.parse gives, for texts of many shapes", async () => {
    const texts = [
      '{"vault":null,"stores":{"pupils":[{"id":"a","payload":{"x":[1,2,{"y":"q,u]o\\"te"}]}},{"id":"b"}],"cycles":[],"audits":[ ]}}',
      '{"stores":{"a":[1 , 2,3],"b":{"c":[4]}},"v":[[5,6],[7]]}',
      '[1,[2,[3,4],5],"x"]',
      '"just a string"',
      '{"é":"naïve, café","stores":{"x":["ü,ß","😀"]}}',
      "{}",
      '{"stores":{"x":["a\\\\","b\\"]c",{"\\\\\\"":"]"}]}}',
    ];
    for (const text of texts) expect(await parse(text), text).toEqual(JSON.parse(text));
  });

  it("finds where strings end past escaped quotes and backslashes, however long the strings", async () => {
    const long = "QUJD".repeat(700_000);
    const value = {
      vault: null,
      stores: {
        pupils: [{ id: "a\\", payload: `${long}\\` }, { id: '\\"],[{', payload: long }, "\\\\", '"'],
        cycles: [{ id: "c", payload: { text: 'a "quoted, bracketed] word\\' } }],
      },
    };
    const text = JSON.stringify(value);
    let pauses = 0;
    expect(await parseJsonInSlices(utf8.encode(text), 3, (v) => v, async () => void pauses++)).toEqual(value);
    expect(pauses).toBeGreaterThan(0);
  });

  it("finds a string's closing quote by the backslashes before it", () => {
    const at = (text: string) => closingQuote(utf8.encode(text), 0);
    expect(at('"abc",')).toBe(4);
    expect(at('"a\\\\"b"')).toBe(4); // "a\\" then b": the quote after two backslashes ends the string
    expect(at('"a\\"b"')).toBe(5); // "a\"b": an escaped quote does not
    expect(at('"a\\\\\\"b"')).toBe(7); // "a\\\"b": nor does one after three
    expect(at('"never ends')).toBe(11);
  });

  it("throws for text that is not JSON, as JSON.parse does", async () => {
    for (const bad of ['{"stores":{"x":["never ends]}}', '{"stores":{"x":[1,,2]}}', '{"stores":{"x":[1,]}}', '{"stores":{"x":[1,2]]}', '{"stores":{"x":[1,2}}', "", '{"a":']) {
      await expect(parse(bad), bad).rejects.toThrow(SyntaxError);
    }
  });

  it("converts each record and the rest, like fromJsonSafe over the whole", async () => {
    const value = { vault: { salt: new Uint8Array([1, 2, 3]) }, stores: { pupils: [{ id: "p", payload: new Uint8Array([9]).buffer }, { id: "q", $type: "x" }] } };
    const text = JSON.stringify(toJsonSafe(value));
    const sliced = (await parseJsonInSlices(utf8.encode(text), 3, fromJsonSafe, noPause)) as typeof value;
    const whole = fromJsonSafe(JSON.parse(text)) as typeof value;
    expect(JSON.stringify(toJsonSafe(sliced))).toBe(JSON.stringify(toJsonSafe(whole)));
    expect(sliced.vault.salt).toBeInstanceOf(Uint8Array);
    expect(sliced.stores.pupils[0]!.payload).toBeInstanceOf(ArrayBuffer);
  });
});
