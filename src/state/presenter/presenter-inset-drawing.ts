// The locator inset of a slide: Jiaxing's outline and name, the coast, every project the slide shows drawn
// whole (a line to Nantong runs its full length here) and a frame where the big map looks. A plain
// equirectangular drawing with the longitude scaled by cos(latitude): true enough at this size.
import type { FeatureCollection, Geometry, Position } from "geojson";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { Bounds } from "../../geo/coordinates";
import type { DrawingPath, InsetDrawing } from "../../image-export/inset-drawing";
import type { Theme } from "../../layers/theme";

const SIZE = 200; // drawing units a side
const MARGIN = 0.08; // share of the extent added around it

export interface InsetInputs {
  land: FeatureCollection | undefined;
  cityOutline: FeatureCollection | undefined;
  city: Bounds;
  shown: readonly IndexedFeature[];
  highlight: readonly string[];
  frame: Bounds; // what the big map frames
  theme: Theme;
  name: string; // the city's name in the interface language
}

export function insetDrawing(inputs: InsetInputs): InsetDrawing {
  const { theme } = inputs;
  const project = projection(extentOf(inputs));
  const path = (geometry: Geometry) => geometryPath(geometry, project);
  const paths: DrawingPath[] = [];
  for (const feature of inputs.land?.features ?? []) {
    if (feature.geometry) paths.push({ d: path(feature.geometry), fill: theme.land });
  }
  for (const feature of inputs.cityOutline?.features ?? []) {
    if (feature.geometry) {
      paths.push({
        d: path(feature.geometry),
        fill: theme.countyFill,
        stroke: theme.cityOutline,
        width: 1.6,
      });
    }
  }
  const highlighted = new Set(inputs.highlight);
  // Highlighted projects last, so they lie on top, with the map's dark outline under them.
  const ordered = [...inputs.shown].sort(
    (a, b) => Number(highlighted.has(a.properties.id)) - Number(highlighted.has(b.properties.id)),
  );
  for (const feature of ordered) {
    const colour = theme.statusColours[feature.properties.status] ?? theme.unknownStatus;
    const d = path(feature.geometry);
    const isArea = feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon";
    if (highlighted.has(feature.properties.id)) paths.push({ d, stroke: theme.highlight, width: 5 });
    paths.push(
      isArea
        ? { d, fill: colour, fillOpacity: 0.35, stroke: colour, width: 1.2 }
        : {
            d,
            stroke: colour,
            width: 2.6,
            fill: feature.geometry.type.endsWith("Point") ? colour : undefined,
          },
    );
  }
  const [west, south, east, north] = inputs.frame;
  const corners = [project([west, north]), project([east, south])];
  const [x0, y0] = corners[0] as [number, number];
  const [x1, y1] = corners[1] as [number, number];
  paths.push({
    d: `M${r(x0)} ${r(y0)}H${r(x1)}V${r(y1)}H${r(x0)}Z`,
    stroke: theme.highlight,
    width: 1.4,
    dash: [4, 3],
  });
  const [cityWest, citySouth, cityEast, cityNorth] = inputs.city;
  const [labelX, labelY] = project([(cityWest + cityEast) / 2, (citySouth + cityNorth) / 2]);
  return {
    size: SIZE,
    background: theme.sea,
    paths,
    labels: [
      { x: labelX, y: labelY, text: inputs.name, size: 16, colour: theme.labelText, halo: theme.labelHalo },
    ],
  };
}

// The city and every shown project, with a margin, made square in ground units.
function extentOf({ city, shown, frame }: InsetInputs): Bounds {
  const all = [city, frame, ...shown.map((feature) => boundsOfGeometry(feature.geometry))];
  let [west, south, east, north] = [
    Math.min(...all.map((bounds) => bounds[0])),
    Math.min(...all.map((bounds) => bounds[1])),
    Math.max(...all.map((bounds) => bounds[2])),
    Math.max(...all.map((bounds) => bounds[3])),
  ];
  const cosine = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const groundWidth = (east - west) * cosine;
  const side = Math.max(groundWidth, north - south) * (1 + 2 * MARGIN);
  const middleX = (west + east) / 2;
  const middleY = (south + north) / 2;
  west = middleX - side / cosine / 2;
  east = middleX + side / cosine / 2;
  south = middleY - side / 2;
  north = middleY + side / 2;
  return [west, south, east, north];
}

function projection([west, south, east, north]: Bounds) {
  return ([longitude = 0, latitude = 0]: Position): [number, number] => [
    ((longitude - west) / (east - west)) * SIZE,
    ((north - latitude) / (north - south)) * SIZE,
  ];
}

function boundsOfGeometry(geometry: Geometry): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude = 0, latitude = 0] of positions(geometry)) {
    bounds[0] = Math.min(bounds[0], longitude);
    bounds[1] = Math.min(bounds[1], latitude);
    bounds[2] = Math.max(bounds[2], longitude);
    bounds[3] = Math.max(bounds[3], latitude);
  }
  return bounds;
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(positions);
  }
}

const r = (value: number) => Math.round(value * 10) / 10;

function geometryPath(geometry: Geometry, project: (position: Position) => [number, number]): string {
  const line = (points: Position[], close: boolean) =>
    points.map((point, index) => `${index === 0 ? "M" : "L"}${project(point).map(r).join(" ")}`).join("") +
    (close ? "Z" : "");
  // A point is a small circle of radius 3.5 units, drawn as two arcs.
  const dot = (point: Position) => {
    const [x, y] = project(point);
    return `M${r(x - 3.5)} ${r(y)}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0`;
  };
  switch (geometry.type) {
    case "Point":
      return dot(geometry.coordinates);
    case "MultiPoint":
      return geometry.coordinates.map(dot).join("");
    case "LineString":
      return line(geometry.coordinates, false);
    case "MultiLineString":
      return geometry.coordinates.map((part) => line(part, false)).join("");
    case "Polygon":
      return geometry.coordinates.map((ring) => line(ring, true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => line(ring, true))).join("");
    case "GeometryCollection":
      return geometry.geometries.map((part) => geometryPath(part, project)).join("");
  }
}
