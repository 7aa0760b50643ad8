import { z } from "zod";
import { Isp } from "./isp-schema";

/** The JSON Schema of the ISP file (docs/isp.schema.json), generated from the zod schema so the two cannot drift. */
export function ispJsonSchema() {
  return { ...z.toJSONSchema(Isp, { io: "input", target: "draft-2020-12" }), title: "SEND Companion individual support plan, format version 1" };
}
