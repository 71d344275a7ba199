import { describe, expect, it } from "vitest";
import { COVERAGE_COLUMN_KEYS } from "../../analysis/coverage-csv";
import {
  coverageCsvHeaders,
  coverageFileName,
  formatKilometres,
  formatShare,
  measureLabel,
  rowLabel,
  selectionFileName,
  zoneFileName,
} from "./planner-format";

describe("planner numbers and words", () => {
  it("writes km with one decimal, grouped per language", () => {
    expect(formatKilometres("zh", 12.345)).toBe("12.3");
    expect(formatKilometres("en", 1234.56)).toBe("1,234.6");
    expect(formatKilometres("en", 0)).toBe("0.0");
  });

  it("writes shares as percent with at most one decimal", () => {
    expect(formatShare("zh", 0.4567)).toBe("45.7%");
    expect(formatShare("en", 0.5)).toBe("50%");
    expect(formatShare("en", 1)).toBe("100%");
  });

  it("names counties and the city total in the reader's language", () => {
    expect(rowLabel("zh", { adcode: "330424" })).toBe("海盐县");
    expect(rowLabel("en", { adcode: "330424" })).toBe("Haiyan");
    expect(rowLabel("zh", { adcode: null })).toBe("全市");
  });

  it("gives every CSV column a header with N in the share headers", () => {
    const headers = coverageCsvHeaders("en", 2.5);
    expect(COVERAGE_COLUMN_KEYS.every((key) => headers[key])).toBe(true);
    expect(headers.landShareNearRailway).toBe("Land share within 2.5 km of railway (%)");
    expect(coverageCsvHeaders("zh", 5).landShareNearHighway).toBe("距公路 5 公里内土地占比（%）");
    expect(coverageCsvHeaders("zh", 5).row).toBe("区县");
  });

  it("names the files after N and the area", () => {
    expect(coverageFileName(5)).toBe("jiaxing-coverage-5km.csv");
    expect(coverageFileName(2.5)).toBe("jiaxing-coverage-2.5km.csv");
    expect(selectionFileName({ adcode: "330424" })).toBe("jiaxing-selection-330424.geojson");
    expect(selectionFileName({ drawn: true })).toBe("jiaxing-selection-drawn-area.geojson");
    expect(selectionFileName({ adcode: "330424" }, true)).toBe("jiaxing-selection-330424-clipped.geojson");
  });

  it("names a file of fewer than all projects after its scope, as the tab's scope line says it", () => {
    const some = { shown: 1, total: 41 };
    const all = { shown: 41, total: 41 };
    expect(coverageFileName(5, some)).toBe("jiaxing-coverage-5km-1-of-41.csv");
    expect(coverageFileName(5, all)).toBe("jiaxing-coverage-5km.csv");
    expect(zoneFileName(some)).toBe("jiaxing-zone-areas-by-county-1-of-41.csv");
    expect(zoneFileName(all)).toBe("jiaxing-zone-areas-by-county.csv");
    expect(selectionFileName({ adcode: "330424" }, true, { shown: 3, total: 41 })).toBe(
      "jiaxing-selection-330424-clipped-3-of-41.geojson",
    );
  });

  it("labels a measure on the map with its unit in the reader's language", () => {
    expect(measureLabel("zh", "distance", 12.345)).toBe("12.3 公里");
    expect(measureLabel("en", "area", 1234.5)).toBe("1,234.5 km²");
  });
});
