import { describe, expect, it } from "vitest";
import { fromJsonSafe, toJsonSafe } from "@/storage/backup/binary-json";
import { parseJsonInSlices } from "@/storage/backup/json-in-slices";
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
    ];
    for (const text of texts) expect(await parse(text), text).toEqual(JSON.parse(text));
  });

  it("throws for text that is not JSON, as JSON.parse does", async () => {
    for (const bad of ['{"stores":{"x":[1,,2]}}', '{"stores":{"x":[1,]}}', '{"stores":{"x":[1,2]]}', '{"stores":{"x":[1,2}}', "", '{"a":']) {
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
