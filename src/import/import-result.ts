// Assembles the result of a successful read from the pieces every format produces.
import type { Feature } from "geojson";
import { cleanName } from "./clean-text";
import { geometryKindOf } from "./geometry-kind";
import type { ImportFormat, ImportMessage, ImportOutcome } from "./import-types";
import type { ProblemCollector } from "./problem-collector";

export interface ReadPieces {
  format: ImportFormat;
  fileName: string;
  total: number;
  features: Feature[];
  problems: ProblemCollector;
  flagged: ProblemCollector;
  notes: ImportMessage[];
}

export function importResult(pieces: ReadPieces): ImportOutcome {
  return {
    ok: true,
    result: {
      format: pieces.format,
      layer: {
        name: layerName(pieces.fileName),
        features: { type: "FeatureCollection", features: pieces.features },
        geometryKind: geometryKindOf(pieces.features),
      },
      total: pieces.total,
      imported: pieces.features.length,
      problems: pieces.problems.listed,
      problemsNotListed: pieces.problems.notListed,
      flagged: pieces.flagged.listed,
      flaggedNotListed: pieces.flagged.notListed,
      notes: pieces.notes,
    },
  };
}

export function refusal(code: string, values: ImportMessage["values"] = {}): ImportOutcome {
  return { ok: false, refusal: { code, values } };
}

// The layer is named after its file, without the extension or any folder.
export function layerName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return cleanName(dot > 0 ? base.slice(0, dot) : base) || "layer";
}
