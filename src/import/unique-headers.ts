// A table's headers as the importer names the columns: blank headers become "column 3"; a repeated
// header gets "_2", "_3", so no column overwrites another. The panel lists the same names when the
// user picks the longitude and latitude columns, so a chosen name always matches.
import { cleanName } from "./clean-text";

export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    const base = cleanName(cell) || `column ${index + 1}`;
    let header = base;
    for (let copy = 2; seen.has(header); copy++) header = `${base}_${copy}`;
    seen.add(header);
    return header;
  });
}
