import { Framework } from "@/commitment-framework/schema";
import { plainCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type LoadResult } from "./record-store";

/**
 * Frameworks are published guidance, not personal data, so they are always kept with the plain codec.
 * A stored framework that no longer passes the schema comes back in `quarantined`, not as an error.
 */
export interface FrameworksStore {
  put(framework: Framework): Promise<void>;
  get(id: string): Promise<Framework | undefined>;
  list(): Promise<LoadResult<Framework>>;
  delete(id: string): Promise<void>;
}

export function createFrameworksStore(db: SendDb): FrameworksStore {
  const store = createRecordStore(db, "frameworks", Framework, plainCodec);
  return {
    put: (framework) => store.put(framework),
    get: (id) => store.get(id),
    list: () => store.getAll(),
    delete: (id) => store.delete(id),
  };
}
