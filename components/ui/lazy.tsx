import type { ComponentType, FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * A component whose code loads the first time it is shown (a dynamic import), so the side panel does not
 * download it at start. Until it has loaded, a short "Loading…" line stands in; once loaded it renders at once.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let live = true;
      loading ??= load().then((c) => (loaded = c));
      loading.then(
        (c) => live && setComponent(() => c),
        () => {
          loading = undefined;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (failed) return <p role="alert">This part of SEND Companion could not be loaded. Close the side panel and open it again.</p>;
    if (!component) return <p role="status">Loading…</p>;
    const Component = component;
    return <Component {...props} />;
  };
}
