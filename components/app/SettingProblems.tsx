/** The stored setting had damaged fields, each replaced by its default (school-setting/read-setting.ts). */
export function SettingProblems({ problems, onKeep }: { problems: readonly string[]; onKeep?: () => void }) {
  return (
    <div class="notice" role="status">
      <p>
        <strong>Part of your setting could not be read</strong>, so it was replaced by its default. Nothing else is affected.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {onKeep && (
        <button type="button" class="button secondary" onClick={onKeep}>
          Keep these defaults
        </button>
      )}
    </div>
  );
}
