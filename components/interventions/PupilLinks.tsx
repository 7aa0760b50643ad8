/**
 * Links from a group to a pupil's own page and their cycle. They open the side panel's page in a new tab
 * (sidepanel.html sits beside workspace.html), which reads the pupil from its address.
 */
export function PupilLinks({ pupilId, name, cycleId }: { pupilId: string; name: string; cycleId?: string }) {
  const base = `sidepanel.html#/pupil/${encodeURIComponent(pupilId)}`;
  return (
    <span class="pupil-links">
      {" "}
      <a href={base} target="_blank" rel="noopener">Pupil page<span class="visually-hidden"> of {name}</span></a>
      {cycleId && (
        <>
          {" · "}
          <a href={`${base}/cycle/${encodeURIComponent(cycleId)}`} target="_blank" rel="noopener">Cycle<span class="visually-hidden"> of {name}</span></a>
        </>
      )}
    </span>
  );
}
