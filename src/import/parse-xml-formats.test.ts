import { describe, expect, it } from "vitest";
import { formatImportProblem } from "./format-import-problem";
import type { ImportOutcome, ImportResult } from "./import-types";
import { parseGpx } from "./parse-gpx";
import { parseKml } from "./parse-kml";

function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code}`);
  return outcome.result;
}

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>嘉兴南站</name><description><![CDATA[<img src=x onerror=alert(1)>]]></description>
    <Point><coordinates>120.8266,30.6950,0</coordinates></Point></Placemark>
  <Placemark><name>Canal</name><LineString><coordinates>120.70,30.70 120.80,30.80</coordinates></LineString></Placemark>
  <Placemark><name>Zone</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
    120.7,30.7 120.8,30.7 120.8,30.8 120.7,30.7</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
  <Placemark><name>Far</name><Point><coordinates>500,30.7</coordinates></Point></Placemark>
</Document></kml>`;

describe("parseKml", () => {
  it("reads points, lines and polygons, keeping HTML descriptions as text", () => {
    const result = ok(parseKml(KML, "sites.kml"));
    expect([result.total, result.imported]).toEqual([4, 3]);
    expect(result.layer.geometryKind).toBe("mixed");
    expect(result.layer.features.features[0]?.properties).toMatchObject({
      name: "嘉兴南站",
      description: "<img src=x onerror=alert(1)>",
    });
    expect(result.problems.map((problem) => formatImportProblem(problem, "en"))).toEqual([
      "feature 4 (Far): longitude 500 is outside \u2212180…180",
    ]);
  });

  it("refuses a KML without placemarks and one that is not XML", () => {
    const empty = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>x</name></Document></kml>';
    expect(parseKml(empty, "a.kml")).toMatchObject({ ok: false, refusal: { code: "kml-no-placemarks" } });
    expect(parseKml("<kml><Placemark>", "a.kml")).toMatchObject({
      ok: false,
      refusal: { code: "invalid-xml" },
    });
    expect(parseKml("", "a.kml")).toMatchObject({ ok: false, refusal: { code: "empty-file" } });
  });
});

describe("parseGpx", () => {
  it("reads waypoints and tracks without the per-point time lists", () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
      <wpt lat="30.75" lon="120.75"><name>Start</name></wpt>
      <trk><name>Walk</name><trkseg>
        <trkpt lat="30.75" lon="120.75"><time>2020-05-01T08:00:00Z</time></trkpt>
        <trkpt lat="30.76" lon="120.76"><time>2020-05-01T08:10:00Z</time></trkpt>
      </trkseg></trk></gpx>`;
    const result = ok(parseGpx(gpx, "walk.gpx"));
    expect(result.imported).toBe(2);
    expect(result.layer.features.features.map((feature) => feature.geometry?.type).sort()).toEqual([
      "LineString",
      "Point",
    ]);
    for (const feature of result.layer.features.features) {
      expect(feature.properties).not.toHaveProperty("coordinateProperties");
    }
  });

  it("refuses a GPX with nothing in it", () => {
    const gpx = '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><metadata/></gpx>';
    expect(parseGpx(gpx, "a.gpx")).toMatchObject({ ok: false, refusal: { code: "gpx-no-features" } });
  });
});
