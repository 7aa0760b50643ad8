import { z } from "zod";

// The extension's content security policy forbids eval, so zod's compiled fast path can never run. Telling zod
// so up front stops its eval probe (which the browser would report as a CSP violation). Imported first by
// every entrypoint that uses zod.
z.config({ jitless: true });
