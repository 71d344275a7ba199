// The 50,000-row CSV of points the import benchmark reads (issue 17): seeded positions inside Jiaxing,
// a name, a kind and a note holding a quoted comma in every row, so the parser meets quoting on each
// line as in a spreadsheet's export. The same bytes on every run and every machine.
import { seededRandom } from "./synthetic-projects";

// Jiaxing's extent in degrees, a little inside the city outline (as the synthetic projects use).
const WEST = 120.35;
const EAST = 121.25;
const SOUTH = 30.35;
const NORTH = 31.0;
const KINDS = ["school", "clinic", "park", "station"];

export function pointsCsv(rows: number, seed = 20261129): Buffer {
  const random = seededRandom(seed);
  const lines = ["name,longitude,latitude,kind,note"];
  for (let row = 0; row < rows; row++) {
    const longitude = (WEST + random() * (EAST - WEST)).toFixed(6);
    const latitude = (SOUTH + random() * (NORTH - SOUTH)).toFixed(6);
    const kind = KINDS[row % KINDS.length];
    lines.push(`point ${row + 1},${longitude},${latitude},${kind},"note, with comma ${row + 1}"`);
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}
