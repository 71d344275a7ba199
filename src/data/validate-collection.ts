// Validation at the edge: one project file, raw, in; the sound features and a list of problems out.
// Pure and browser-safe (no fs, no node imports): the CLI and the app run exactly the same checks.
// A bad feature is left out and reported; the rest are returned, so the map shows what it can.
import { type Problem, problem } from "./problem";
import { LAYERS, type ProjectFeature } from "./project-schema";
import { checkFeature, type FeatureCheck } from "./validate-feature";
import { checkCollectionShape, isRecord } from "./validate-geojson";

export interface ValidateOptions {
  // The name problems are reported under; a layer's name (railway.geojson) also fixes its features' layer.
  fileName: string;
  // The plan text: when given, each source_quote must occur in it verbatim.
  planText?: string;
  // Further checks of each sound feature, e.g. the county comparison (src/analysis/county-check.ts).
  checks?: readonly FeatureCheck[];
  // Ids of features already read from other files; updated with this file's ids. Pass one set for all
  // files of a load so an id used twice anywhere is caught.
  seenIds?: Set<string>;
}

export interface ValidationResult {
  features: ProjectFeature[];
  problems: Problem[];
  // Features the file holds that were left off (a blocking fault): the projects missing from the map.
  skipped: number;
  // The file could not be read as a FeatureCollection at all: however many projects it holds are missing.
  unreadable: boolean;
}

export function validateCollection(input: unknown, options: ValidateOptions): ValidationResult {
  const file = options.fileName;
  let json = input;
  if (typeof input === "string") {
    const parsed = parseJson(input);
    if (!parsed.ok)
      return {
        features: [],
        problems: [problem(file, null, "json", parsed.message)],
        skipped: 0,
        unreadable: true,
      };
    json = parsed.value;
  }
  const shape = checkCollectionShape(json);
  const problems = shape.findings.map((found) => problem(file, null, found.field, found.message));
  const features: ProjectFeature[] = [];
  let skipped = 0;
  const seenIds = options.seenIds ?? new Set<string>();
  const idsInFile = new Set<string>();
  const context = { ...options, layerOfFile: layerOf(file) };
  (shape.features ?? []).forEach((feature, index) => {
    const findings = checkFeature(feature, context);
    const id = idOf(feature);
    if (id !== null) {
      if (idsInFile.has(id)) findings.push(duplicate(id, "an earlier feature in this file"));
      else if (seenIds.has(id)) findings.push(duplicate(id, "a feature in another project file"));
      idsInFile.add(id);
      seenIds.add(id);
    }
    const where = id === null ? ` (feature ${index + 1} of ${shape.features?.length} in the file)` : "";
    for (const found of findings) problems.push(problem(file, id, found.field, `${found.message}${where}`));
    if (!findings.some((found) => found.blocking)) features.push(feature as ProjectFeature);
    else skipped += 1;
  });
  return { features, problems, skipped, unreadable: shape.features === null };
}

function duplicate(id: string, where: string) {
  return { field: "id", message: `"${id}" is already used by ${where}; ids must be unique`, blocking: true };
}

// properties.id names the feature in problems; the top-level id serves when properties has none.
function idOf(feature: unknown): string | null {
  if (!isRecord(feature)) return null;
  const fromProperties = isRecord(feature.properties) ? feature.properties.id : undefined;
  if (typeof fromProperties === "string" && fromProperties.trim() !== "") return fromProperties;
  return typeof feature.id === "string" && feature.id.trim() !== "" ? feature.id : null;
}

function layerOf(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.geojson$/, "");
  return (LAYERS as readonly string[]).includes(base) ? base : null;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON: ${withLine(detail, text)}` };
  }
}

// V8 reports "at position 123" only; a line and column is what an editor can jump to.
function withLine(detail: string, text: string): string {
  const position = /at position (\d+)/.exec(detail)?.[1];
  if (position === undefined || /line \d+/.test(detail)) return detail;
  const before = text.slice(0, Number(position)).split("\n");
  return `${detail} (line ${before.length} column ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
