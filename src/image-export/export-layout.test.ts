import { describe, expect, it } from "vitest";
import { exportFileName, exportLayout, isoDate, metresPerPixel, scaleBar } from "./export-layout";

describe("metresPerPixel", () => {
  it("matches the web-mercator ground resolution", () => {
    // 512-pixel world: 78 271.5 m per pixel at zoom 0 on the equator, halving with each zoom level.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.52, 1);
    expect(metresPerPixel(0, 10)).toBeCloseTo(76.44, 2);
    // Jiaxing (30.75° N) is cos(30.75°) ≈ 0.859 of that.
    expect(metresPerPixel(30.75, 10)).toBeCloseTo(65.69, 1);
  });
});

describe("scaleBar", () => {
  it("picks the longest round distance that fits", () => {
    expect(scaleBar(65.69, 320)).toMatchObject({ metres: 20_000, label: "20 km" });
    expect(scaleBar(65.69, 320).widthPixels).toBeCloseTo(304.5, 1);
    expect(scaleBar(1, 320)).toMatchObject({ metres: 200, label: "200 m", widthPixels: 200 });
    expect(scaleBar(10, 100)).toMatchObject({ metres: 1000, label: "1 km", widthPixels: 100 });
    expect(scaleBar(3, 200)).toMatchObject({ metres: 500, label: "500 m" });
  });

  it("never draws a bar longer than allowed", () => {
    for (const resolution of [0.37, 4.2, 61, 900, 12_345]) {
      const bar = scaleBar(resolution, 250);
      expect(bar.widthPixels).toBeLessThanOrEqual(250);
      expect(bar.widthPixels).toBeGreaterThan(250 / 5 - 1e-9);
    }
  });
});

describe("exportLayout", () => {
  it("uses the design sizes at 1920×1080 and keeps every box inside the image", () => {
    const layout = exportLayout(1920, 1080, 4, 200);
    expect(layout.unit).toBe(1);
    expect(layout.titleFont).toBe(44);
    for (const box of [layout.title, layout.legend, layout.scaleBar, layout.credits]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1920);
      expect(box.y + box.height).toBeLessThanOrEqual(1080);
    }
    expect(layout.legend.height).toBe(4 * 38 + 32);
  });

  it("scales with the smaller side, so a 2× image doubles every size", () => {
    const single = exportLayout(1280, 800, 3, 180);
    const double = exportLayout(2560, 1600, 3, 180);
    expect(double.unit).toBeCloseTo(2 * single.unit);
    expect(double.legend.width).toBeCloseTo(2 * single.legend.width);
    expect(double.scaleBar.y).toBeCloseTo(2 * single.scaleBar.y);
  });

  it("keeps the legend to a third of the width on a narrow image", () => {
    expect(exportLayout(900, 1200, 6, 2000).legend.width).toBeCloseTo(300);
  });
});

describe("file names and dates", () => {
  it("names the file by date and slide", () => {
    expect(exportFileName("2020-06-01", { tour: "my-tour", number: 1 })).toBe(
      "jiaxing-map-2020-06-01-my-tour-slide-1.png",
    );
    expect(exportFileName("2020-06-01", null)).toBe("jiaxing-map-2020-06-01.png");
    expect(isoDate(new Date(2020, 0, 5))).toBe("2020-01-05");
  });
});
