// The production build under the Content-Security-Policy that README.md recommends: the test reads the
// policy from the README's nginx example, serves dist/ with it as a response header and checks that the
// map reaches idle, the list and details work, and the browser reports no violation.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, openApp, waitForRender } from "./support/app-page";
import { type ServedBuild, serveBuild } from "./support/serve-build";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
const POLICY = /add_header Content-Security-Policy "([^"]+)"/.exec(README)?.[1] ?? "";

let served: ServedBuild;
beforeAll(async () => {
  served = await serveBuild("dist", { "Content-Security-Policy": POLICY });
});
afterAll(async () => {
  await closeBrowsers();
  await served?.close();
});

describe("the Content-Security-Policy from README.md", () => {
  it("is strict: same origin only, no inline script, no eval", () => {
    expect(POLICY).toContain("default-src 'self'");
    expect(POLICY).not.toContain("unsafe-inline");
    expect(POLICY).not.toContain("unsafe-eval");
    expect(POLICY).not.toMatch(/script-src/);
  });

  it("lets the app draw the map and work without a single violation", async () => {
    const app = await openApp("/", {
      baseUrl: served.baseUrl,
      beforeNavigate: (page) =>
        page.addInitScript(() => {
          const violations: string[] = [];
          Object.assign(window, { cspViolations: violations });
          document.addEventListener("securitypolicyviolation", (event) =>
            violations.push(`${event.violatedDirective} ${event.blockedURI}`),
          );
        }),
    });
    const page = app.page;
    const header = await page.evaluate(async () =>
      (await fetch(window.location.href)).headers.get("content-security-policy"),
    );
    expect(header).toBe(POLICY);
    // A filter change and the details panel exercise the map's redraw and the rest of the UI.
    await page.locator("button.pillar-hub[aria-pressed]").click();
    await waitForRender(page);
    await page.getByRole("list", { name: "项目" }).getByRole("button").first().click();
    await page.locator("#detail-heading").waitFor();
    await waitForRender(page);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
