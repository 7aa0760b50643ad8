import { render } from "preact";

/** Shown when the extension page cannot even open its database (for example, storage disabled by policy). */
export function mountFailure(root: HTMLElement, error: unknown) {
  const detail = error instanceof Error ? error.message : String(error);
  render(
    <main class="app-main">
      <div class="error-summary" role="alert">
        <h2>SEND Companion could not start</h2>
        <p>It could not open its storage on this computer: {detail}</p>
        <p>Nothing has been deleted. Check that this browser allows extensions to store data, then open SEND Companion again.</p>
      </div>
    </main>,
    root,
  );
}
