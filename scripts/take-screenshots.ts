// Screenshots of the production build for people to look at (and for the README): desktop and phone.
// Usage: npm run build && npx tsx scripts/take-screenshots.ts [out-dir] [path]
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser/support/chromium.ts";

const outDirectory = resolve(process.argv[2] ?? "screenshots");
const path = process.argv[3] ?? "/";
mkdirSync(outDirectory, { recursive: true });
const server = await preview({ logLevel: "warn", preview: { port: 4320, strictPort: false } });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const views = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];
for (const view of views) {
  const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`[${view.name}] console error: ${message.text()}`);
  });
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
    timeout: 90_000,
  });
  await page.waitForTimeout(500);
  const file = resolve(outDirectory, `${view.name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
await server.close();
