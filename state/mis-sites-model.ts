import { signal } from "@preact/signals";
import { z } from "zod";
import type { AdapterRules } from "@/mis-pupil/detect";
import { AdapterRules as AdapterRulesSchema, MisSite, originFromInput } from "@/mis-pupil/site-adapter";
import type { AppModel } from "./app-model";
import type { MisBridge } from "./mis-bridge";

const RuleTestMessage = z.array(
  z.object({
    field: z.enum(["fullName", "firstName", "lastName", "upn", "dateOfBirth"]),
    status: z.enum(["found", "not-found", "invalid"]),
    value: z.string().max(200).optional(),
    message: z.string().max(500),
  }),
);
export type RuleTestResult = z.infer<typeof RuleTestMessage>;

export interface MisSitesDeps {
  bridge: MisBridge;
  sites(): readonly MisSite[];
  save(sites: MisSite[]): Promise<void>;
  now(): Date;
  newId?: () => string;
}

export type SiteProblem = { field: "site-name" | "site-address"; message: string };

/** Adds and removes the MIS sites the panel follows, keeps each site's page-reading rules, and tests them. */
export function createMisSitesModel(deps: MisSitesDeps) {
  const problems = signal<SiteProblem[]>([]);
  const notice = signal<string | null>(null);
  const access = signal<Record<string, boolean>>({});
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function checkAccess() {
    const entries = await Promise.all(deps.sites().map(async (s) => [s.origin, await deps.bridge.hasSiteAccess(s.origin)] as const));
    access.value = Object.fromEntries(entries);
  }

  async function store(sites: MisSite[]) {
    await deps.save(sites);
    await deps.bridge.registerReader(sites.map((s) => s.origin));
    await checkAccess();
  }

  return {
    problems,
    notice,
    access,
    checkAccess,
    /** Checks the form, then asks for access first (the browser needs the click), then saves. */
    async addSite(name: string, address: string): Promise<boolean> {
      notice.value = null;
      const found: SiteProblem[] = [];
      if (name.trim() === "") found.push({ field: "site-name", message: "Enter a name for your MIS, for example “Our MIS”." });
      const origin = originFromInput(address);
      if (!origin.ok) found.push({ field: "site-address", message: origin.message });
      else if (deps.sites().some((s) => s.origin === origin.origin)) {
        found.push({ field: "site-address", message: `${origin.origin} is already one of your MIS sites.` });
      }
      problems.value = found;
      if (found.length > 0 || !origin.ok) return false;
      const granted = await deps.bridge.requestSiteAccess(origin.origin);
      if (!granted) {
        problems.value = [{ field: "site-address", message: `The browser did not give SEND Companion access to ${origin.origin}, so nothing was added. Try again and choose Allow.` }];
        return false;
      }
      const site = MisSite.parse({ id: newId(), name: name.trim(), origin: origin.origin, rules: {}, addedAt: deps.now().toISOString() });
      await store([...deps.sites(), site]);
      notice.value = `${site.name} added. Open a pupil there and the side panel follows.`;
      return true;
    },
    async removeSite(id: string) {
      const site = deps.sites().find((s) => s.id === id);
      if (!site) return;
      await store(deps.sites().filter((s) => s.id !== id));
      await deps.bridge.removeSiteAccess(site.origin);
      await checkAccess();
      notice.value = `${site.name} removed. SEND Companion no longer reads pages on ${site.origin}.`;
    },
    /** Saves a site's rules if they are valid; returns the problems otherwise. */
    async saveRules(id: string, rules: AdapterRules): Promise<string[]> {
      const parsed = AdapterRulesSchema.safeParse(rules);
      if (!parsed.success) return parsed.error.issues.map((i) => i.message);
      await store(deps.sites().map((s) => (s.id === id ? { ...s, rules: parsed.data } : s)));
      notice.value = "Page reading rules saved.";
      return [];
    },
    /** Tries rules on the most recent tab open on the site; a message when there is none. */
    async testRules(origin: string, rules: AdapterRules): Promise<{ ok: true; results: RuleTestResult } | { ok: false; message: string }> {
      const tabId = await deps.bridge.tabOnOrigin(origin);
      if (tabId === undefined) return { ok: false, message: `Open a pupil's page on ${origin} in another tab, then test again.` };
      const parsed = RuleTestMessage.safeParse(await deps.bridge.testRules(tabId, rules));
      if (!parsed.success) return { ok: false, message: `SEND Companion could not read the page on ${origin}. Reload that tab, then test again.` };
      return { ok: true, results: parsed.data };
    },
  };
}
export type MisSitesModel = ReturnType<typeof createMisSitesModel>;

/** The sites model over the app's setting, as the side panel and workspace both use it. */
export function misSitesOfApp(app: Pick<AppModel, "setting" | "updateSetting" | "now">, bridge: MisBridge): MisSitesModel {
  return createMisSitesModel({
    bridge,
    sites: () => app.setting.value?.misSites ?? [],
    save: (misSites) => app.updateSetting({ misSites }),
    now: app.now,
  });
}
