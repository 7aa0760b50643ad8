/** The MIS site a school adds: an origin such as https://mis.example.org. Zod-free, for any script. */
export type OriginRead = { ok: true; origin: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const EXAMPLE = "for example https://mis.example.org";

/**
 * The origin of an address a SENCO types or pastes from the address bar: "mis.example.org",
 * "https://MIS.example.org/pupils/123?tab=2" → "https://mis.example.org". http:// only for a test server
 * on this computer (localhost).
 */
export function originFromInput(text: string): OriginRead {
  const value = text.trim();
  if (!value) return { ok: false, message: `Enter your MIS's web address, ${EXAMPLE}.` };
  if (value.includes("*")) {
    return { ok: false, message: "Enter one web address without *: SEND Companion follows one MIS site at a time." };
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: `${value} is not a web address. Copy it from the address bar of your MIS, ${EXAMPLE}.` };
  }
  if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, message: `The address must start with https:// (a secure connection); only a test server on this computer (localhost) may use http://.` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, message: `SEND Companion can only follow a website whose address starts with https://, ${EXAMPLE}.` };
  }
  if (!url.hostname) return { ok: false, message: `${value} has no site name in it. Enter an address ${EXAMPLE}.` };
  if (url.username || url.password) return { ok: false, message: "Remove the user name and password from the address." };
  return { ok: true, origin: url.origin };
}

/**
 * The match pattern for an origin, for host permissions and the content script: "https://mis.example.org/*".
 * Without the port: Firefox match patterns cannot hold one, and a port does not change which school it is.
 */
export function matchPatternFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
