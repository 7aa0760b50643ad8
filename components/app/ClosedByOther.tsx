/** Another window erased everything, restored a backup or upgraded the database, so this page let go of it. */
export function ClosedByOther({ onReopen }: { onReopen: () => void }) {
  return (
    <section class="error-summary" role="alert" aria-labelledby="closed-title">
      <h2 id="closed-title">SEND Companion was closed in this window</h2>
      <p>
        Another SEND Companion window erased everything, restored a backup or updated SEND Companion, so this window let go
        of your records and forgot the key. Anything still open here was not saved after that.
      </p>
      <button type="button" class="button" onClick={onReopen}>
        Reopen SEND Companion
      </button>
    </section>
  );
}
