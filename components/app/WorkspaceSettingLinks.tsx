/** The workspace Setting sections the side panel points to, by the end of their route ("#/setting/backup"). */
export const WORKSPACE_SETTING_SECTIONS = [
  { id: "backup", label: "Back up or restore your records" },
  { id: "security", label: "Passphrase, recovery key and locking" },
  { id: "erase", label: "Erase everything on this computer" },
] as const;

/** In the side panel's Setting tab: where backup, security and erasing are (the workspace), one click away. */
export function WorkspaceSettingLinks({ onOpen }: { onOpen: (route: string) => void }) {
  return (
    <section aria-labelledby="protect-title">
      <h2 id="protect-title">Backup, security and erasing</h2>
      <p>These open in the workspace, a full browser tab, where there is room to do them carefully.</p>
      <ul class="plain-list">
        {WORKSPACE_SETTING_SECTIONS.map((s) => (
          <li key={s.id}>
            <button type="button" class="button link" onClick={() => onOpen(`#/setting/${s.id}`)}>
              {s.label}
              <span class="visually-hidden"> (opens the workspace)</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
