// The big inputs the freeze benchmark reads (issue 32, R4): a GeoJSON of 1,000,000 coordinates (≈ 22 MB)
// and a 19 MB tour file. Seeded, so every run and every machine reads the same bytes.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { seededRandom } from "./synthetic-projects";

// Jiaxing's extent in degrees, a little inside the city outline (as the synthetic projects use).
const WEST = 120.35;
const EAST = 121.25;
const SOUTH = 30.35;
const NORTH = 31.0;
const STEP_DEGREES = 0.002; // ≈ 200 m between a line's positions

/** Lines of `perLine` positions (random walks inside Jiaxing) until `coordinates` positions in all. */
export function linesGeojson(coordinates: number, perLine = 50, seed = 20261201): Buffer {
  const random = seededRandom(seed);
  const features: string[] = [];
  for (let made = 0, line = 0; made < coordinates; line++) {
    const count = Math.min(perLine, coordinates - made);
    let x = WEST + random() * (EAST - WEST);
    let y = SOUTH + random() * (NORTH - SOUTH);
    const positions: string[] = [];
    for (let index = 0; index < Math.max(2, count); index++) {
      x = Math.min(EAST, Math.max(WEST, x + (random() - 0.5) * STEP_DEGREES));
      y = Math.min(NORTH, Math.max(SOUTH, y + (random() - 0.5) * STEP_DEGREES));
      positions.push(`[${x.toFixed(5)},${y.toFixed(5)}]`); // ≈ 1 m
    }
    made += positions.length;
    features.push(
      `{"type":"Feature","properties":{"name":"line ${line + 1}"},"geometry":{"type":"LineString","coordinates":[${positions.join(",")}]}}`,
    );
  }
  return Buffer.from(`{"type":"FeatureCollection","features":[\n${features.join(",\n")}\n]}\n`);
}

/**
 * A tour file of `bytes` bytes: the shipped tour's slides, repeated under new ids to 100 slides (the most
 * a tour reads), each with an English caption pasted far past its limit, the way a whole document
 * pasted into the editor's file would be. Every slide is read and checked, so the whole file is work.
 */
export function bigTour(bytes: number, slides = 100): Buffer {
  const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data/tour.json"), "utf8")) as {
    slides: { id: string; caption_en: string }[];
  };
  const base = Array.from({ length: slides }, (_, index) => {
    const slide = shipped.slides[index % shipped.slides.length] as { id: string; caption_en: string };
    return { ...slide, id: `${slide.id}-copy-${index}` };
  });
  const overhead = Buffer.byteLength(JSON.stringify({ slides: base }));
  const sentence = "The plan asks for this project to be started within the year. ";
  const repeats = Math.max(0, Math.floor((bytes - overhead) / slides / sentence.length));
  const padded = base.map((slide) => ({
    ...slide,
    caption_en: `${sentence.repeat(repeats)}${slide.caption_en}`,
  }));
  return Buffer.from(`${JSON.stringify({ slides: padded })}\n`);
}
