// Builds the extension for automated runs, without environment assignments in package.json (so the same
// command works on Windows, macOS and Linux).
// Usage: tsx scripts/build-extension.ts <demo|e2e> [chrome|firefox]
//   demo: `npm start` and `npm run screenshots`, into .output-demo/
//   e2e:  the end-to-end tests, into .output-e2e/
// Both builds are granted the local test server's host up front (http://127.0.0.1/*), because an automated
// browser cannot click the permission prompt. Their Firefox builds also open the side-panel page in a tab at
// start-up, since WebDriver BiDi may not navigate to moz-extension:// addresses itself.
import { build } from "wxt";

const [purpose, browser = "chrome"] = process.argv.slice(2);
if ((purpose !== "demo" && purpose !== "e2e") || (browser !== "chrome" && browser !== "firefox")) {
  console.error("Usage: tsx scripts/build-extension.ts <demo|e2e> [chrome|firefox]");
  process.exit(2);
}
process.env.WXT_OUT_DIR = `.output-${purpose}`;
process.env.SEND_COMPANION_TEST_HOSTS = "http://127.0.0.1/*";
if (browser === "firefox") process.env.WXT_E2E_OPEN_PAGE = "sidepanel.html";
await build({ browser });
