// Reads what the export needs from the live map — its canvas and its ground resolution — and turns a
// composed canvas into a PNG file. Composition itself is in compose-png.ts.
import type { Map as MapLibreMap } from "maplibre-gl";
import { metresPerPixel } from "../image-export/export-layout";
import type { MapSnapshot } from "../image-export/export-types";

export interface MapExporter {
  snapshot: () => MapSnapshot | null;
}

export function readMapSnapshot(map: MapLibreMap): MapSnapshot {
  const canvas = map.getCanvas();
  // The canvas holds devicePixelRatio device pixels per CSS pixel; the scale bar is in device pixels.
  const ratio = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
  return { canvas, metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()) / ratio };
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made"))),
      "image/png",
    ),
  );
}
