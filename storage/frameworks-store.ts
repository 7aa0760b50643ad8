import { z } from "zod";
import { upgradeFramework } from "@/commitment-framework/from-v1";
import { Framework } from "@/commitment-framework/schema";
import { plainCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore, type LoadResult } from "./record-store";

/**
 * Frameworks are published guidance, not personal data, so they are always kept with the plain codec.
 * A stored framework that no longer passes the schema comes back in `quarantined`, not as an error.
 */
export interface FrameworksStore {
  put(framework: Framework): Promise<void>;
  get(id: string): Promise<Framework | undefined>;
  list(): Promise<LoadResult<Framework>>;
  delete(id: string): Promise<void>;
  /** The underlying record store's reading and sealing, for a merge restore (see backup/merge-plan.ts). */
  records: Pick<RecordStore<{ id: string }>, "check" | "seal">;
}

/** Version-1 frameworks (from an older backup, say) are read as version 2, as the "framework-v2" migration stores them. */
const StoredFramework = z.preprocess(upgradeFramework, Framework);

export function createFrameworksStore(db: SendDb): FrameworksStore {
  const store = createRecordStore(db, "frameworks", StoredFramework, plainCodec);
  return {
    put: (framework) => store.put(framework),
    get: (id) => store.get(id),
    list: () => store.getAll(),
    delete: (id) => store.delete(id),
    records: store as unknown as Pick<RecordStore<{ id: string }>, "check" | "seal">,
  };
}
