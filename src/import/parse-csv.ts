// Reads a table of points (CSV, or tab- or semicolon-separated; papaparse guesses the delimiter) in
// chunks of 1 MB, turning each row into a feature as it goes, so no array of every parsed row is ever
// held. Rows are numbered as a spreadsheet numbers them: the header is row 1, the first data row 2.
import type { Feature } from "geojson";
import Papa from "papaparse";
import { cleanValue } from "./clean-text";
import { convertPosition } from "./convert-coordinates";
import { findCoordinateColumns } from "./find-coordinate-columns";
import { MAX_FEATURES } from "./import-limits";
import { importResult, refusal } from "./import-result";
import type { ImportMessage, ImportOptions, ImportOutcome, ProgressListener } from "./import-types";
import { insideRegion } from "./outside-region";
import { parseCoordinate } from "./parse-coordinate";
import { problemCollector } from "./problem-collector";
import { uniqueHeaders } from "./unique-headers";

// 1 MB of text per chunk: frequent enough progress, few enough callbacks.
const CHUNK_CHARACTERS = 1024 * 1024;

export interface CsvInput {
  text: string;
  fileName: string;
  // The file's size in bytes, for progress reports in bytes.
  byteLength: number;
  notes?: ImportMessage[];
}

export function parseCsv(
  input: CsvInput,
  options: ImportOptions = {},
  onProgress?: ProgressListener,
): ImportOutcome {
  const problems = problemCollector();
  const flagged = problemCollector();
  const features: Feature[] = [];
  const system = options.coordinateSystem ?? "WGS84";
  // One object, not separate variables: the parser's callbacks change it, which TypeScript's
  // narrowing of local variables would not see.
  const state: ReadState = { headers: null, columns: null, failure: null, rowNumber: 0, total: 0 };

  const readRow = (cells: string[]) => {
    state.rowNumber++;
    if (cells.every((cell) => cell.trim() === "")) return;
    if (!state.headers) {
      state.headers = uniqueHeaders(cells);
      const found = findCoordinateColumns(state.headers, options);
      if (found.ok) state.columns = found;
      else state.failure = { ok: false, refusal: found.refusal };
      return;
    }
    const { headers, columns } = state;
    if (!columns) return;
    state.total++;
    if (state.total > MAX_FEATURES) {
      state.failure = refusal("too-many-features", { count: `${MAX_FEATURES}+`, limit: MAX_FEATURES });
      return;
    }
    const where = { kind: "row" as const, number: state.rowNumber };
    const longitude = parseCoordinate(cells[columns.longitude], "longitude");
    if (!longitude.ok) return problems.add(where, longitude.fault.code, longitude.fault.values);
    const latitude = parseCoordinate(cells[columns.latitude], "latitude");
    if (!latitude.ok) return problems.add(where, latitude.fault.code, latitude.fault.values);
    const position = convertPosition([longitude.value, latitude.value], system);
    const [x, y] = position as [number, number];
    if (!insideRegion(x, y)) flagged.add(where, "outside-region", { longitude: x, latitude: y });
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: position },
      properties: rowProperties(headers, cells, columns),
    });
  };

  Papa.parse<string[]>(input.text, {
    header: false,
    chunkSize: CHUNK_CHARACTERS,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      for (const cells of results.data) {
        readRow(cells);
        if (state.failure) return parser.abort();
      }
      const cursor = results.meta.cursor;
      onProgress?.({
        loaded: Math.round((cursor / Math.max(1, input.text.length)) * input.byteLength),
        total: input.byteLength,
      });
    },
    // Parsing a string with a chunk callback runs synchronously; every row has been read on return.
    complete: () => undefined,
  });
  if (state.failure) return state.failure;
  if (!state.headers) return refusal("empty-file");
  if (state.total === 0) return refusal("no-rows");
  return importResult({
    format: "csv",
    fileName: input.fileName,
    total: state.total,
    features,
    problems,
    flagged,
    notes: input.notes ?? [],
  });
}

interface ReadState {
  headers: string[] | null;
  columns: { longitude: number; latitude: number } | null;
  failure: ImportOutcome | null;
  // Rows read so far including the header and blank lines, as a spreadsheet counts them.
  rowNumber: number;
  // Data rows, blank lines not counted.
  total: number;
}

// Every column but the two coordinates becomes a property, as the text typed in the cell (a code like
// "00123" stays "00123").
function rowProperties(
  headers: readonly string[],
  cells: readonly string[],
  columns: { longitude: number; latitude: number },
): Record<string, string> {
  const entries: [string, string][] = [];
  headers.forEach((header, index) => {
    if (index === columns.longitude || index === columns.latitude) return;
    entries.push([header, cleanValue(cells[index] ?? "")]);
  });
  return Object.fromEntries(entries);
}
