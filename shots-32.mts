// Screenshots for issue 32 (not part of the repository's tests): failure states and the import's limits.
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { makeLargeZip } from "./tests/support/make-large-zip.ts";
import { makePointShapefile } from "./tests/support/make-shapefile.ts";
import { linesGeojson } from "./scripts/bench/import-files.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/browser/support/chromium.ts";
const server = await preview({ root: "/work/wt-32", logLevel: "warn", preview: { port: 4554, strictPort: true } });
const base = "http://127.0.0.1:4554";
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const out = "/tmp/shots-32";
async function open(width: number, height: number, fail: RegExp | null, path: string, idle = true) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
  await context.addInitScript(() => { delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker; });
  if (fail) await context.route(fail, (route) => route.fulfill({ status: 404, body: "" }));
  const page = await context.newPage();
  await page.goto(base + path);
  if (idle) await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, { timeout: 120000 });
  return { page, close: () => context.close() };
}
const shot = (page: Page, name: string) => page.screenshot({ path: `${out}/${name}.png` });
for (const [w, h, tag] of [[1280, 800, "desktop"], [390, 844, "phone"]] as const) {
  // 1. The details' code fails: the map, list and header stay; the panel's place says so.
  let s = await open(w, h, /detail-panel-[\w-]+\.js$/, "/?project=jiaxing-airport-peripheral-works");
  await s.page.locator(".load-failure").first().waitFor();
  await shot(s.page, `details-failed-${tag}`); await s.close();
  // 2. The search's code fails.
  s = await open(w, h, /search-entries-[\w-]+\.js$/, "/");
  await s.page.locator("#project-search").fill("机场");
  await s.page.locator(".search-message").waitFor();
  await shot(s.page, `search-failed-${tag}`); await s.close();
  // 3. A project file fails: its notice, and the records that wait for it.
  s = await open(w, h, /railway-[\w-]+\.geojson$/, "/?view=progress");
  await s.page.locator(".notice").first().waitFor();
  await s.page.waitForTimeout(1500);
  await shot(s.page, `railway-failed-${tag}`); await s.close();
}
// 4. Your layers: a feature with long values; a layer of one feature; a zip bomb refused.
{
  const s = await open(1280, 800, null, "/?tab=layers");
  const csv = `名称,经度,纬度,地址,网址\n测试学校,120.75,30.75,${"浙江省嘉兴市南湖区".repeat(12)},https://example.org/${"a-very-long-path-segment/".repeat(8)}\n`;
  await s.page.locator("#user-layers-file").setInputFiles({ name: "学校.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await s.page.locator(".pending-file").getByRole("button", { name: "导入", exact: true }).click();
  await s.page.locator(".import-report").first().waitFor();
  await s.page.locator("#project-search").fill("测试学校");
  await s.page.getByRole("option", { name: /测试学校/ }).click();
  await s.page.locator(".user-feature-panel").waitFor();
  await s.page.waitForTimeout(800);
  await shot(s.page, "user-feature-long-values-desktop");
  const bomb = makeLargeZip({ ...makePointShapefile([{ longitude: 120.7, latitude: 30.7, name: "x" }]), "places.prj": new Uint8Array(120 * 2 ** 20).fill(32) });
  await s.page.locator("#user-layers-file").setInputFiles({ name: "bomb.zip", mimeType: "application/zip", buffer: Buffer.from(bomb) });
  await s.page.locator(".pending-file").getByRole("button", { name: "导入", exact: true }).click();
  await s.page.locator(".import-report.is-refused").waitFor();
  await shot(s.page, "zip-bomb-refused-desktop");
  // 5. A big import: Cancel after 2 s.
  await s.page.locator("#user-layers-file").setInputFiles({ name: "lines.geojson", mimeType: "application/geo+json", buffer: linesGeojson(1_000_000) });
  await s.page.locator(".pending-file").getByRole("button", { name: "导入", exact: true }).click();
  await s.page.getByRole("button", { name: "取消导入" }).waitFor({ timeout: 20000 });
  await shot(s.page, "import-cancel-desktop");
  await s.page.getByRole("button", { name: "取消导入" }).click();
  await s.page.locator(".import-report", { hasText: "导入已取消" }).waitFor();
  await shot(s.page, "import-cancelled-desktop");
  await s.close();
}
{
  const s = await open(390, 844, null, "/?tab=layers");
  const csv = `名称,经度,纬度,地址\n测试学校,120.75,30.75,${"浙江省嘉兴市南湖区".repeat(12)}\n`;
  await s.page.locator("#user-layers-file").setInputFiles({ name: "学校.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await s.page.locator(".pending-file").getByRole("button", { name: "导入", exact: true }).click();
  await s.page.locator(".import-report").first().waitFor();
  await shot(s.page, "layers-one-feature-phone");
  await s.page.locator("#project-search").fill("测试学校");
  await s.page.getByRole("option", { name: /测试学校/ }).click();
  await s.page.locator(".user-feature-panel").waitFor();
  await s.page.waitForTimeout(800);
  await shot(s.page, "user-feature-long-values-phone");
  await s.close();
}
await browser.close(); await server.close();
console.log("done");
