import { describe, expect, it } from "vitest";
import { zoneBreakdownCsv } from "./zone-breakdown-csv";

describe("the zone breakdown CSV", () => {
  it("writes one record per zone and county, km² to 0.01 and the share of land in percent", () => {
    const csv = zoneBreakdownCsv(
      [
        {
          id: "hsr-town",
          layer: "urban",
          kind: "other",
          adcode: "330402",
          squareKilometres: 25.456,
          shareOfLand: 0.05791,
        },
      ],
      {
        headers: {
          county: "区县",
          zone: "片区",
          kind: "类型",
          layer: "图层",
          squareKilometres: "面积",
          shareOfLand: "占比（%）",
        },
        countyName: () => "南湖区",
        nameOf: () => "嘉兴高铁新城, 核心区",
        layerName: () => "城市品质",
        kindName: () => "其他片区",
      },
    );
    expect(csv).toBe(
      '\uFEFF区县,片区,类型,图层,面积,占比（%）\r\n南湖区,"嘉兴高铁新城, 核心区",其他片区,城市品质,25.46,5.79\r\n',
    );
  });
});
