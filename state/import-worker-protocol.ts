import { z } from "zod";
import type { ImportPreview, ImportSource } from "@/graduated-approach/csv-import";
import type { Pupil } from "@/graduated-approach/pupil";

/**
 * Messages between the import page and its worker. The envelope is checked on both sides; the payloads (a
 * file's bytes, the register, a preview) come from this extension's own code on the other side.
 */
export const WorkerRequest = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("read"),
    id: z.number(),
    content: z.union([z.custom<Uint8Array>((v) => v instanceof Uint8Array), z.string()]),
    fileName: z.string(),
    settingName: z.string().optional(),
    register: z.array(z.custom<Pupil>()),
    today: z.iso.date(),
  }),
  z.object({
    type: z.literal("check"),
    id: z.number(),
    source: z.custom<ImportSource>((v) => typeof v === "object" && v !== null),
    register: z.array(z.custom<Pupil>()),
    today: z.iso.date(),
  }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;

export const WorkerReply = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), id: z.number(), done: z.number(), total: z.number() }),
  z.object({
    type: z.literal("done"),
    id: z.number(),
    source: z.custom<ImportSource>((v) => typeof v === "object" && v !== null),
    preview: z.custom<ImportPreview>((v) => typeof v === "object" && v !== null),
  }),
  z.object({ type: z.literal("failed"), id: z.number(), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;
