// Tour files that are not sound, loaded in the room: each problem listed by slide and field, the sound
// slides still play, and nothing crashes. (The room's layout at 1920×1080 and 3840×2160 is checked by
// the framing unit tests, src/state/presenter/presenter-framing.test.ts; leaving the presentation is
// in presenter.test.ts, and a tour made in the page in presenter-tour-maker.test.ts.)
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TourSlide } from "../../src/data/tour-schema";
import { slideShows } from "../../src/filters/slide-filters";
import { closeBrowsers, sharedApp } from "./support/app-page";
import { indexed, planTour as tour } from "./support/presenter-model";
import { presenterState, waitForSlide } from "./support/presenter-page";

afterAll(closeBrowsers);

function written(name: string, content: string): string {
  const file = join(tmpdir(), `${name}-${process.pid}.json`);
  writeFileSync(file, content);
  return file;
}

describe("tour files that are not sound", () => {
  const app = sharedApp("/?present=1&slide=1", { width: 1280, height: 720 });
  const problems = () => app().page.locator(".presenter-problems");

  it("says a file is not JSON, and that one with no slides is no tour; the tour playing stays", async () => {
    const { page } = app();
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    await page.getByRole("button", { name: "编辑导览" }).click();
    const input = page.locator(".presenter-editor input[type=file]");
    await input.setInputFiles(written("not-json", "{ slides: oops"));
    await expect.poll(() => problems().textContent()).toMatch(/json: is not valid JSON/);
    await input.setInputFiles(written("no-slides", JSON.stringify({ version: 2, slides: [] })));
    await expect
      .poll(() => problems().textContent())
      .toMatch(/slides: is empty; the tour needs at least one slide/);
    expect(new URL(page.url()).searchParams.get("tour")).toBeNull();
    expect((await presenterState(page)).slideId).toBe(tour.slides[0]?.id);
  });

  it("lists a bad file's problems slide by slide and field, and plays its sound slides", async () => {
    const { page } = app();
    const good = tour.slides[0] as TourSlide;
    const hubOnly = { ...good, id: "hub-only", filters: { pillars: ["hub", "sky"] } };
    const bad = {
      version: 2,
      slides: [
        good,
        { ...good, id: "unknown", highlight: ["no-such-project"] },
        hubOnly,
        { ...good, id: "far", camera: { bounds: [140, 30, 141, 31] } },
        { ...good, id: "invented", caption_zh: "建成世界一流机场。" },
        ...Array.from({ length: 10_000 }, (_, index) => ({ ...good, id: `copy-${index}` })),
      ],
    };
    await page
      .locator(".presenter-editor input[type=file]")
      .setInputFiles(written("bad-tour", JSON.stringify(bad)));
    await expect
      .poll(() => problems().textContent())
      .toMatch(/has 10005 slides; only the first 100 are read/);
    const text = (await problems().textContent()) ?? "";
    expect(text).toContain('slide unknown: highlight: "no-such-project" is not a project id');
    expect(text).toContain(
      'slide hub-only: filters.pillars: "sky" not one of hub, innovation, quality, openness',
    );
    expect(text).toContain("slide far: camera.bounds: [140,30,141,31] is outside the map's region");
    expect(text).toContain('slide invented: caption_zh: "建成世界一流机场。" is not in the plan text');
    // The sound slides play: the first, the one with an unknown id (dropped), the one with an unknown
    // filter value (played with the values it names that are real) and 95 copies.
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.locator(".presenter-counter").textContent()).toBe("第 1 / 98 页");
    await page.keyboard.press("3");
    await waitForSlide(page, "hub-only");
    const hub = indexed.filter((feature) =>
      slideShows({ filters: { pillars: ["hub"] } }, feature.properties),
    );
    expect((await presenterState(page)).shownIds).toEqual(hub.map((feature) => feature.properties.id).sort());
    await page.getByRole("button", { name: "编辑导览" }).click();
    await page.getByLabel("规划导览", { exact: true }).check();
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.locator(".presenter-counter").textContent()).toMatch(
      new RegExp(`^第 \\d / ${tour.slides.length} 页$`),
    );
    expect(app().consoleErrors).toEqual([]);
  });
});
