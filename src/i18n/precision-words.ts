// Precision in words for the details panel: why the geometry is only as good as it is (from
// precision_basis) and how far the drawing can be off (PRECISION_UNCERTAINTY_METRES), phrased for the
// kind of geometry the basis describes: a line's course, a zone's boundary or a site's position.
import { PRECISION_UNCERTAINTY_METRES, type Precision, type PrecisionBasis } from "../data/project-schema";
import type { Language } from "./language";
import { type MessageKey, translate } from "./messages";

type GeometryKind = "line" | "zone" | "point";

const BASIS: Record<PrecisionBasis, { message: MessageKey; kind: GeometryKind }> = {
  "built-course-drawn-through-towns": { message: "precisionBuiltCourse", kind: "line" },
  "course-public-not-traced": { message: "precisionCoursePublicNotTraced", kind: "line" },
  "alignment-not-public": { message: "precisionAlignmentNotPublic", kind: "line" },
  "boundary-not-public": { message: "precisionBoundaryNotPublic", kind: "zone" },
  "point-in-district": { message: "precisionPointInDistrict", kind: "point" },
  "official-boundary": { message: "precisionOfficialBoundary", kind: "zone" },
  "surveyed-position": { message: "precisionSurveyedPosition", kind: "point" },
};

const OFF_BY_KIND: Record<GeometryKind, MessageKey> = {
  line: "precisionOffLine",
  zone: "precisionOffZone",
  point: "precisionOffPoint",
};

export interface PrecisionWords {
  basis: string | null; // null for a feature without precision_basis (older or imported data)
  offBy: string;
}

export function precisionWords(
  project: { precision: Precision; precision_basis?: PrecisionBasis },
  language: Language,
): PrecisionWords {
  const basis = project.precision_basis ? BASIS[project.precision_basis] : undefined;
  const distance = distanceWords(PRECISION_UNCERTAINTY_METRES[project.precision], language);
  const offKey: MessageKey =
    project.precision === "exact"
      ? "precisionOffExact"
      : basis
        ? OFF_BY_KIND[basis.kind]
        : "precisionOffGeneric";
  return {
    basis: basis ? translate(language, basis.message) : null,
    offBy: translate(language, offKey, { distance }),
  };
}

// 100 → "100 m", 1500 → "1.5 km", 4000 → "4 km" (and 米 / 公里 in Chinese).
export function distanceWords(metres: number, language: Language): string {
  if (metres < 1000) return translate(language, "distanceMetres", { value: metres });
  const kilometres = Math.round(metres / 100) / 10;
  return translate(language, "distanceKilometres", { value: kilometres });
}
