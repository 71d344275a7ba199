// Serves PMTiles archives and a config.json to a page through Playwright routes, on the app's own
// origin, as a static host does: byte ranges with 206 and Content-Range (nginx, object stores), or,
// for a test of a server without them, the whole file with 200. Every request is recorded.
import type { Page, Route } from "playwright-core";

export interface ServedArchive {
  bytes: Uint8Array;
  ranges?: boolean; // default true
  status?: number; // answer every request with this status and no archive (e.g. 404)
  failFrom?: number; // answer ranges starting at or past this byte with 500: good header, broken tiles
}

/** Routes `**\/<path>` for each archive; returns the Range headers asked for, per path. */
export async function serveArchives(
  page: Page,
  archives: Record<string, ServedArchive>,
): Promise<Map<string, string[]>> {
  const asked = new Map<string, string[]>();
  for (const [path, archive] of Object.entries(archives)) {
    asked.set(path, []);
    await page.route(`**/${path}`, (route) => answer(route, archive, asked.get(path) as string[]));
  }
  return asked;
}

function answer(route: Route, archive: ServedArchive, asked: string[]): Promise<void> {
  const range = route.request().headers().range ?? "";
  asked.push(range);
  if (archive.status) return route.fulfill({ status: archive.status, body: "" });
  const { bytes } = archive;
  const match = /bytes=(\d+)-(\d*)/.exec(range);
  const common = { "Content-Type": "application/octet-stream", "Accept-Ranges": "bytes" };
  if (archive.ranges === false || !match) {
    return route.fulfill({ status: 200, headers: common, body: Buffer.from(bytes) });
  }
  const start = Number(match[1]);
  if (archive.failFrom !== undefined && start >= archive.failFrom)
    return route.fulfill({ status: 500, body: "" });
  if (start >= bytes.length) {
    return route.fulfill({
      status: 416,
      headers: { ...common, "Content-Range": `bytes */${bytes.length}` },
      body: "",
    });
  }
  const end = Math.min(match[2] ? Number(match[2]) : bytes.length - 1, bytes.length - 1);
  return route.fulfill({
    status: 206,
    headers: { ...common, "Content-Range": `bytes ${start}-${end}/${bytes.length}` },
    body: Buffer.from(bytes.subarray(start, end + 1)),
  });
}

/** Answers config.json with the given object. */
export async function serveConfig(page: Page, config: object): Promise<void> {
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }),
  );
}
