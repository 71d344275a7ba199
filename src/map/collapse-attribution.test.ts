// @vitest-environment happy-dom
// R8: every credit link opens its source in a new tab with rel="noopener noreferrer" — the embedded
// basemap's credits as written, and any link MapLibre writes later (an online basemap's credit).
import { describe, expect, it } from "vitest";
import { BASEMAP_ATTRIBUTIONS } from "../data/basemap-attribution";
import { guardAttributionLinks } from "./collapse-attribution";
import { BILINGUAL_ATTRIBUTION } from "./map-attribution";

describe("attribution links", () => {
  it("are written with noopener and noreferrer", () => {
    const box = document.createElement("div");
    box.innerHTML = [BILINGUAL_ATTRIBUTION, ...BASEMAP_ATTRIBUTIONS.map((source) => source.html)].join(" ");
    const links = [...box.querySelectorAll("a")];
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect([link.target, link.rel]).toEqual(["_blank", "noopener noreferrer"]);
  });

  it("get noopener and noreferrer when MapLibre writes them later", async () => {
    const container = document.createElement("div");
    container.innerHTML =
      '<details class="maplibregl-ctrl-attrib"><div class="maplibregl-ctrl-attrib-inner"></div></details>';
    const stop = guardAttributionLinks(container);
    const inner = container.querySelector(".maplibregl-ctrl-attrib-inner") as HTMLElement;
    inner.innerHTML = '<a href="https://tile.example.org" target="_blank" rel="noopener">Example tiles</a>';
    await new Promise((done) => setTimeout(done, 0)); // the observer runs after the change
    expect(inner.querySelector("a")?.rel).toBe("noopener noreferrer");
    stop();
  });
});
