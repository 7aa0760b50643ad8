import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import type { Intervention } from "@/provision-map/intervention";
import { openSealedJson, sealJson, SealedFileError } from "@/storage/transfer/sealed-file";
import { buildIsp } from "@/support-plan/build-isp";
import { planTransferImport, type TransferImportPlan } from "@/transfer/plan-import";
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, TransferPayload, transferFileName } from "@/transfer/transfer-payload";
import { announcePupilsChanged } from "./records-changed";

export interface TransferOutInput {
  pupil: Pupil;
  cycles: readonly Cycle[];
  interventions: readonly Intervention[];
  framework: Framework;
  settingName: string;
  today: string;
}

export type Made<T> = { ok: true; value: T } | { ok: false; message: string };

/** The pupil's transfer contents, checked: their record, cycles and ISP. */
export function transferPayload(input: TransferOutInput): Made<TransferPayload> {
  const isp = buildIsp(input);
  if (!isp.ok) return { ok: false, message: isp.message };
  const parsed = TransferPayload.safeParse({ fromSetting: input.settingName || "Setting not named", madeOn: input.today, pupil: input.pupil, cycles: [...input.cycles], isp: isp.isp });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: "This pupil's record could not be packed for transfer because part of it is damaged. Open and save their record, then try again." };
}

/** The encrypted transfer file (bytes) and its name. */
export async function makeTransferFile(payload: TransferPayload, passphrase: string, iterations?: number): Promise<Made<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }>> {
  try {
    const bytes = await sealJson(payload, passphrase, { format: TRANSFER_FORMAT, formatVersion: TRANSFER_FORMAT_VERSION, iterations });
    return { ok: true, value: { bytes, fileName: transferFileName(payload) } };
  } catch (e) {
    if (e instanceof SealedFileError) return { ok: false, message: e.message };
    throw e;
  }
}

export interface TransferStores {
  pupils: { getAll(): Promise<{ records: Pupil[] }>; put(value: Pupil): Promise<void> };
  cycles: { getAll(): Promise<{ records: Cycle[] }>; putMany(values: Cycle[]): Promise<void> };
}

/** Opens a transfer file and works out, without saving anything, how it would join this register. */
export async function readTransferFile(file: Blob | Uint8Array | string, passphrase: string, stores: TransferStores, now: Date): Promise<Made<{ payload: TransferPayload; plan: TransferImportPlan }>> {
  let value: unknown;
  try {
    value = (await openSealedJson(file, passphrase, { format: TRANSFER_FORMAT, formatVersion: TRANSFER_FORMAT_VERSION, describe: "transfer file" })).value;
  } catch (e) {
    if (e instanceof SealedFileError) return { ok: false, message: e.message };
    throw e;
  }
  const parsed = TransferPayload.safeParse(value);
  if (!parsed.success) return { ok: false, message: "This transfer file opened, but its contents are not a pupil record SEND Companion can read. Ask the sending school to make it again." };
  const [pupils, cycles] = await Promise.all([stores.pupils.getAll(), stores.cycles.getAll()]);
  const plan = planTransferImport(parsed.data, pupils.records, (id) => cycles.records.filter((c) => c.pupilId === id), () => crypto.randomUUID(), now.toISOString());
  return { ok: true, value: { payload: parsed.data, plan } };
}

/** Saves what the plan brings in, then tells the other open pages to reload the register. */
export async function applyTransfer(plan: TransferImportPlan, stores: TransferStores): Promise<void> {
  await stores.pupils.put(plan.pupil);
  await stores.cycles.putMany(plan.cycles);
  announcePupilsChanged();
}
