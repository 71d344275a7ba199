// The tooltip for the project under the pointer or the list row in focus: its name, layer and status in
// the interface language, and how sure its drawing is when it is not exact (示意走向 / 位置近似), anchored
// on the project for a keyboard user.
import { useMemo } from "react";
import { LAYER_NAMES, STATUS_NAMES } from "../../data/facets";
import { anchorPoint } from "../../geo/anchor-point";
import type { Language } from "../../i18n/language";
import { PRECISION_NAMES } from "../../i18n/vocabulary";
import type { MapTooltip } from "../../map/map-tooltip";
import type { DerivedProjects } from "../app/use-projects";

export function useMapTooltip(
  hoveredId: string | null,
  projects: DerivedProjects,
  language: Language,
): MapTooltip | null {
  return useMemo(() => {
    const feature = hoveredId ? projects.byId.get(hoveredId) : undefined;
    if (!feature) return null;
    const project = feature.properties;
    return {
      id: project.id,
      title: language === "zh" ? project.name_zh : project.name_en,
      detail: [
        LAYER_NAMES[project.layer][language],
        STATUS_NAMES[project.status][language],
        ...(project.precision === "exact" ? [] : [PRECISION_NAMES[project.precision][language]]),
      ].join(" · "),
      at: anchorPoint(feature.geometry),
    };
  }, [hoveredId, projects.byId, language]);
}
