import { z } from "zod";
import { upgradeFramework } from "@/commitment-framework/from-v1";
import { FrameworkMapping } from "@/commitment-framework/import/mapping";
import { Framework } from "@/commitment-framework/schema";
import type { SendDb } from "./db";

const StoredFramework = z.preprocess(upgradeFramework, Framework);
const Entries = z.record(z.string(), z.unknown()).catch({});

/** Keeps a framework version that a newer one replaces, so what was made with it can still be read. */
export async function archiveFrameworkVersion(db: SendDb, framework: Framework): Promise<void> {
  const tx = db.transaction("meta", "readwrite");
  const all = Entries.parse(await tx.store.get("frameworkVersions"));
  await tx.store.put({ ...all, [`${framework.id}@${framework.version}`]: framework }, "frameworkVersions");
  await tx.done;
}

/** Every archived version of one framework that still passes the schema, oldest stored first. */
export async function readFrameworkVersions(db: SendDb, frameworkId: string): Promise<Framework[]> {
  const all = Entries.parse(await db.get("meta", "frameworkVersions"));
  return Object.entries(all)
    .filter(([key]) => key.startsWith(`${frameworkId}@`))
    .flatMap(([, value]) => {
      const parsed = StoredFramework.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
}

export async function saveFrameworkMapping(db: SendDb, key: string, mapping: FrameworkMapping): Promise<void> {
  const tx = db.transaction("meta", "readwrite");
  const all = Entries.parse(await tx.store.get("frameworkMappings"));
  await tx.store.put({ ...all, [key]: mapping }, "frameworkMappings");
  await tx.done;
}

/** The mapping saved for files of this name, if there is one that still passes the schema. */
export async function readFrameworkMapping(db: SendDb, key: string): Promise<FrameworkMapping | undefined> {
  const all = Entries.parse(await db.get("meta", "frameworkMappings"));
  const parsed = FrameworkMapping.safeParse(all[key]);
  return parsed.success ? parsed.data : undefined;
}
