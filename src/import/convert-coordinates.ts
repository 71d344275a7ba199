// Converts positions from the offset coordinate systems of Chinese web maps to WGS84, the system of
// GPS, GeoJSON (RFC 7946) and this map. gcoord leaves positions outside China as they are, since the
// offset applies only inside it.
import gcoord from "gcoord";
import type { Geometry, Position } from "geojson";
import type { CoordinateSystem } from "./import-types";

export const COORDINATE_SYSTEMS: readonly CoordinateSystem[] = ["WGS84", "GCJ-02", "BD-09"];

// One sentence per language for the coordinate-system picker.
export const COORDINATE_SYSTEM_EXPLANATION = {
  zh: "高德、腾讯地图使用 GCJ-02，百度地图使用 BD-09，它们与 GPS 的 WGS84 坐标相差约 500 米；请选择文件坐标的来源，地图会自动换算为 WGS84。",
  en: "Chinese web maps shift their coordinates (GCJ-02 for Amap and Tencent, BD-09 for Baidu) about 500 m from GPS's WGS84, so choose where your file's coordinates came from and the map converts them to WGS84.",
} as const;

const GCOORD_SYSTEM = {
  "GCJ-02": gcoord.GCJ02,
  "BD-09": gcoord.BD09,
} as const;

export function convertPosition(position: Position, from: CoordinateSystem): Position {
  if (from === "WGS84") return position;
  const [longitude, latitude] = gcoord.transform(
    [position[0] as number, position[1] as number],
    GCOORD_SYSTEM[from],
    gcoord.WGS84,
  );
  return position.length > 2 ? [longitude, latitude, position[2] as number] : [longitude, latitude];
}

export function convertGeometry(geometry: Geometry, from: CoordinateSystem): Geometry {
  if (from === "WGS84") return geometry;
  return mapPositions(geometry, (position) => convertPosition(position, from));
}

export function mapPositions(geometry: Geometry, map: (position: Position) => Position): Geometry {
  switch (geometry.type) {
    case "Point":
      return { type: "Point", coordinates: map(geometry.coordinates) };
    case "MultiPoint":
      return { type: "MultiPoint", coordinates: geometry.coordinates.map(map) };
    case "LineString":
      return { type: "LineString", coordinates: geometry.coordinates.map(map) };
    case "MultiLineString":
      return { type: "MultiLineString", coordinates: geometry.coordinates.map((line) => line.map(map)) };
    case "Polygon":
      return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(map)) };
    case "MultiPolygon":
      return {
        type: "MultiPolygon",
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(map))),
      };
    case "GeometryCollection":
      return {
        type: "GeometryCollection",
        geometries: geometry.geometries.map((member) => mapPositions(member, map)),
      };
  }
}
