import { describe, expect, it } from "vitest";
import { validFeature } from "../../tests/support/fixtures";
import { checkCollectionShape, checkFeatureShape } from "./validate-geojson";

describe("checkCollectionShape", () => {
  it("refuses anything but a FeatureCollection", () => {
    const shape = checkCollectionShape({ type: "Feature", properties: {}, geometry: null });
    expect(shape.features).toBeNull();
    expect(shape.findings[0]?.message).toBe('is "Feature"; it must be "FeatureCollection"');
  });

  it("reports a foreign member on the collection without blocking its features", () => {
    const shape = checkCollectionShape({ type: "FeatureCollection", name: "railway", features: [] });
    expect(shape.features).toEqual([]);
    expect(shape.findings).toEqual([
      {
        field: "name",
        message: "foreign member on the FeatureCollection; the contract allows only type, features",
        blocking: false,
      },
    ]);
  });

  it("reports a crs member as removed by RFC 7946", () => {
    const shape = checkCollectionShape({ type: "FeatureCollection", crs: {}, features: [] });
    expect(shape.findings[0]?.message).toMatch(/RFC 7946 removed crs/);
  });
});

describe("checkFeatureShape", () => {
  it("finds nothing wrong with a sound feature", () => {
    expect(checkFeatureShape(validFeature())).toEqual([]);
  });

  it("blocks a foreign member on a feature", () => {
    const findings = checkFeatureShape({ ...validFeature(), style: { color: "red" } });
    expect(findings.map((found) => [found.field, found.blocking])).toEqual([["style", true]]);
  });

  it("reports a feature id that differs from properties.id", () => {
    const findings = checkFeatureShape({ ...validFeature(), id: "other" });
    expect(findings[0]?.message).toBe(
      'the feature id "other" differs from properties.id "hangzhou-haining-intercity-railway"',
    );
  });

  it("reports a feature without a top-level id", () => {
    const { id: _, ...feature } = validFeature();
    expect(checkFeatureShape(feature)[0]?.field).toBe("id");
  });

  it("requires a geometry", () => {
    const findings = checkFeatureShape({ ...validFeature(), geometry: null });
    expect(findings[0]?.message).toBe("is null; every project of the map needs a geometry");
  });

  it("passes on geojson-validation's verdict on coordinates, under geometry", () => {
    const findings = checkFeatureShape({
      ...validFeature(),
      geometry: { type: "Point", coordinates: ["120", 30] },
    });
    expect(findings.map((found) => found.field)).toEqual(["geometry"]);
    expect(findings[0]?.message).toMatch(/^not valid GeoJSON: position must only contain numbers/);
  });
});
