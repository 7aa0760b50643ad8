// Checks that the tools a test layer needs are installed, before it starts, and says in one sentence what to
// install when one is not. Usage: tsx scripts/preflight.ts chromium firefox poppler
import { findTool, ToolMissing, type Tool } from "./find-tools";

const TOOLS: Tool[] = ["chromium", "firefox", "poppler"];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !TOOLS.includes(name as Tool));
if (unknown.length > 0) {
  console.error(`Unknown tool ${unknown.join(", ")}: choose from ${TOOLS.join(", ")}.`);
  process.exit(2);
}
let missing = false;
for (const tool of asked as Tool[]) {
  try {
    findTool(tool);
  } catch (error) {
    if (!(error instanceof ToolMissing)) throw error;
    console.error(error.message);
    missing = true;
  }
}
process.exit(missing ? 1 : 0);
