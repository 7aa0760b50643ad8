import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";

const PAGES = resolve("tests/fixtures/mis-pages");

/** Serves the synthetic MIS pages on 127.0.0.1 at a free port, standing in for a school's web MIS. */
export async function serveMisPages(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const name = (request.url ?? "/").split("?")[0]!.replace(/^\/+/, "");
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(PAGES, name));
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
