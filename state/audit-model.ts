import { signal } from "@preact/signals";
import type { Framework, Phase } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { newAudit, updateAssessment, type AssessmentPatch } from "@/self-audit/audit-edit";

/** The part of the audits store this model uses. */
export interface AuditStore {
  put(audit: Audit): Promise<void>;
  getAll(): Promise<{ records: Audit[]; quarantined: { id: string; reason: string }[] }>;
}

export interface AuditModelDeps {
  /** The store as it is now (it is rebuilt after unlocking, so ask each time). */
  store(): AuditStore;
  framework(): Framework;
  settingName(): string;
  now(): Date;
  newId?(): string;
  /** How long typing may pause before it is saved. */
  saveDelayMs?: number;
}

export type SaveState = "saved" | "waiting" | "saving" | "failed";

const newestFirst = (a: Audit, b: Audit) => b.startedOn.localeCompare(a.startedOn) || b.updatedAt.localeCompare(a.updatedAt);

/** The setting's audits, the one being worked on, and autosave: every change is saved within saveDelayMs. */
export function createAuditModel(deps: AuditModelDeps) {
  const audits = signal<Audit[]>([]);
  const unreadable = signal(0);
  const loaded = signal(false);
  const saveState = signal<SaveState>("saved");
  const problem = signal<string | null>(null);
  const delay = deps.saveDelayMs ?? 300;
  let pending: Audit | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by clear(): a load still reading when the data was locked throws its result away. */
  let generation = 0;

  function replace(audit: Audit) {
    audits.value = [audit, ...audits.value.filter((a) => a.id !== audit.id)].sort(newestFirst);
  }

  let chain: Promise<void> = Promise.resolve();

  /** Saves the latest change now. Saves run one after another, so an older copy never overwrites a newer one. */
  function flush(): Promise<void> {
    clearTimeout(timer);
    chain = chain.then(saveLatest);
    return chain;
  }

  async function saveLatest() {
    const audit = pending;
    if (!audit) return;
    pending = null;
    saveState.value = "saving";
    try {
      await deps.store().put(audit);
      saveState.value = pending ? "waiting" : "saved";
      problem.value = null;
    } catch (e) {
      pending ??= audit;
      saveState.value = "failed";
      problem.value = `Your last change could not be saved: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  function schedule(audit: Audit, immediately = false) {
    replace(audit);
    pending = audit;
    saveState.value = "waiting";
    clearTimeout(timer);
    if (immediately) void flush();
    else timer = setTimeout(() => void flush(), delay);
  }

  const nowIso = () => deps.now().toISOString();

  return {
    audits,
    unreadable,
    loaded,
    saveState,
    problem,
    flush,
    async load() {
      const started = generation;
      const { records, quarantined } = await deps.store().getAll();
      if (started !== generation) return;
      audits.value = records.filter((a) => a.frameworkId === deps.framework().id).sort(newestFirst);
      unreadable.value = quarantined.length;
      loaded.value = true;
    },
    /** Forgets every audit held in memory (on lock); a change still waiting is dropped, so flush first. */
    clear() {
      generation += 1;
      clearTimeout(timer);
      pending = null;
      audits.value = [];
      unreadable.value = 0;
      loaded.value = false;
      saveState.value = "saved";
      problem.value = null;
    },
    find(id: string): Audit | undefined {
      return audits.value.find((a) => a.id === id);
    },
    async start(phase: Phase): Promise<Audit> {
      const audit = newAudit({
        id: deps.newId?.() ?? `audit-${crypto.randomUUID()}`,
        settingName: deps.settingName(),
        framework: deps.framework(),
        phase,
        now: nowIso(),
      });
      schedule(audit, true);
      await flush();
      return audit;
    },
    /** Changes one statement's record; a rating is saved at once, typing after a short pause. */
    update(auditId: string, statementId: string, patch: AssessmentPatch) {
      const audit = audits.value.find((a) => a.id === auditId);
      if (!audit) return;
      schedule(updateAssessment(audit, statementId, patch, nowIso()), "rating" in patch || "skipped" in patch);
    },
    complete(auditId: string, done: boolean) {
      const audit = audits.value.find((a) => a.id === auditId);
      if (!audit) return;
      const { completedOn: _dropped, ...rest } = audit;
      schedule(done ? { ...rest, completedOn: nowIso().slice(0, 10), updatedAt: nowIso() } : { ...rest, updatedAt: nowIso() }, true);
    },
  };
}

export type AuditModel = ReturnType<typeof createAuditModel>;
