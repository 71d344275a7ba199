import { describe, expect, it } from "vitest";
import { mapPadding } from "./map-padding";

const base = { narrow: false, detailOpen: false, presenting: true, width: 1920, height: 1080 };

describe("mapPadding while presenting", () => {
  it("keeps clear of the measured caption, controls and legend, with a gap", () => {
    const padding = mapPadding({
      ...base,
      overlay: {
        caption: { left: 48, top: 760, right: 1168, bottom: 1048 },
        controls: { left: 1300, top: 820, right: 1882, bottom: 960 },
        counter: { left: 1700, top: 27, right: 1882, bottom: 90 },
        legend: { left: 1620, top: 119, right: 1882, bottom: 420 },
      },
    });
    expect(padding).toEqual({ top: 22, bottom: 1080 - 760 + 22, left: 22, right: 1920 - 1620 + 22 });
  });

  it("leaves room left of a shown inset", () => {
    const padding = mapPadding({
      ...base,
      overlay: {
        caption: { left: 48, top: 760, right: 1168, bottom: 1048 },
        legend: { left: 1620, top: 119, right: 1882, bottom: 420 },
        inset: { left: 48, top: 27, right: 380, bottom: 330 },
      },
    });
    expect(padding.left).toBe(402);
  });

  it("scales with the screen: the same panels at 4K leave the same share", () => {
    const at = (scale: number) =>
      mapPadding({
        ...base,
        width: 1920 * scale,
        height: 1080 * scale,
        overlay: {
          caption: { left: 48 * scale, top: 760 * scale, right: 1168 * scale, bottom: 1048 * scale },
          legend: { left: 1620 * scale, top: 119 * scale, right: 1882 * scale, bottom: 420 * scale },
        },
      });
    // Within a pixel: the gap is rounded to whole pixels at each size.
    expect(Math.abs(at(2).bottom - at(1).bottom * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(at(2).right - at(1).right * 2)).toBeLessThanOrEqual(1);
  });

  it("never lets panels take more than 60% of a side", () => {
    const padding = mapPadding({
      ...base,
      overlay: {
        caption: { left: 48, top: 100, right: 1168, bottom: 1048 },
        legend: { left: 1620, top: 119, right: 1882, bottom: 420 },
      },
    });
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(Math.round(1080 * 0.6) + 1);
  });

  it("uses shares of the screen before the panels are measured", () => {
    expect(mapPadding(base)).toEqual({ top: 86, bottom: 432, left: 96, right: 422 });
  });
});

describe("mapPadding beside the open map legend", () => {
  const desk = { narrow: false, detailOpen: false, presenting: false, width: 1280, height: 800 };

  it("keeps framed projects to the right of the open legend, on a desk and a phone", () => {
    expect(mapPadding({ ...desk, legend: { width: 132, height: 346 } }).left).toBe(132 + 10 + 16);
    expect(mapPadding({ ...desk, legend: null }).left).toBe(60);
    const phone = { ...desk, narrow: true, width: 390, height: 844 };
    expect(mapPadding({ ...phone, legend: { width: 150, height: 300 } }).left).toBe(176);
  });

  it("ignores the legend while details are open (they hide it), and a narrow legend", () => {
    const phone = { ...desk, narrow: true, width: 390, height: 844, detailOpen: true };
    expect(mapPadding({ ...phone, legend: { width: 150, height: 300 } }).left).toBe(30);
    expect(mapPadding({ ...desk, detailOpen: true, legend: { width: 132, height: 346 } }).left).toBe(60);
    expect(mapPadding({ ...desk, legend: { width: 20, height: 40 } }).left).toBe(60);
  });
});
