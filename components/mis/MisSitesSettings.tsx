import { useEffect, useState } from "preact/hooks";
import type { MisSite } from "@/mis-pupil/site-adapter";
import type { MisSitesModel } from "@/state/mis-sites-model";
import { ErrorSummary, errorFor } from "@/components/ui/ErrorSummary";
import { TextField } from "@/components/ui/fields";
import { SiteRulesEditor } from "./SiteRulesEditor";
import "./mis.css";

export interface MisSitesSettingsProps {
  sites: readonly MisSite[];
  model: MisSitesModel;
}

/** Settings: the web MIS sites the side panel follows, with each site's page reading rules. */
export function MisSitesSettings({ sites, model }: MisSitesSettingsProps) {
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [removing, setRemoving] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const problems = model.problems.value;
  const access = model.access.value;

  useEffect(() => void model.checkAccess(), [model, sites]);

  const add = async (e: Event) => {
    e.preventDefault();
    if (await model.addSite(name, address)) {
      setName("");
      setAddress("");
    }
  };

  return (
    <section aria-labelledby="mis-sites-title">
      <h2 id="mis-sites-title">Your MIS</h2>
      <p>
        Add the web address of your management information system (MIS). When you open a pupil there, the side panel
        opens their record. SEND Companion reads only the pupil's name, date of birth and UPN from the page, keeps them in
        memory, and never changes the page or sends anything anywhere.
      </p>
      {model.notice.value && <p class="notice" role="status">{model.notice.value}</p>}
      {sites.length === 0 ? (
        <p class="empty">No MIS added yet.</p>
      ) : (
        <ul class="mis-sites">
          {sites.map((site) => (
            <li key={site.id}>
              <strong>{site.name}</strong> <span class="origin">{site.origin}</span>
              {access[site.origin] === false && (
                <p class="error-message">The browser no longer lets SEND Companion read this site. Remove it and add it again to give access.</p>
              )}
              <div class="button-row">
                <button type="button" class="button secondary" aria-expanded={editing === site.id} onClick={() => setEditing(editing === site.id ? null : site.id)}>
                  Page reading rules<span class="visually-hidden"> for {site.name}</span>
                </button>
                {removing === site.id ? (
                  <>
                    <button type="button" class="button danger" onClick={() => void model.removeSite(site.id).then(() => setRemoving(null))}>
                      Yes, remove {site.name}
                    </button>
                    <button type="button" class="button link" onClick={() => setRemoving(null)}>Keep it</button>
                  </>
                ) : (
                  <button type="button" class="button link danger" onClick={() => setRemoving(site.id)}>
                    Remove<span class="visually-hidden"> {site.name}</span>
                  </button>
                )}
              </div>
              {editing === site.id && <SiteRulesEditor site={site} model={model} />}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate aria-labelledby="mis-add-title">
        <h3 id="mis-add-title">Add your MIS</h3>
        <ErrorSummary errors={problems} />
        <TextField id="site-name" label="Name" hint="What you call it, for example “Our MIS”." value={name} onInput={setName} error={errorFor(problems, "site-name")} />
        <TextField
          id="site-address"
          label="Web address"
          hint="Copy it from your browser's address bar while you are in your MIS, for example https://yourschool.mis.example."
          value={address}
          onInput={setAddress}
          error={errorFor(problems, "site-address")}
        />
        <p class="hint">Your browser will ask you to allow SEND Companion to read pages on that site, and only that site.</p>
        <button type="submit" class="button">Add and allow access</button>
      </form>
    </section>
  );
}
