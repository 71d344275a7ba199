// What kind of area a zone is, for the planner's zone areas (issue 28). A policy designation such as the
// national urban–rural integration pilot zone (国家城乡融合发展试验区) or the Yangtze Delta demonstration
// zone (长三角生态绿色一体化发展示范区) is made of whole counties or of the whole city: counted with the
// industrial platforms, the platform column would simply equal the land. The data says which zones
// those are: their boundary is the official one of whole counties (precision_basis "official-boundary").
import type { ProjectProperties } from "./project-schema";

export const ZONE_KINDS = ["platform", "designation", "other"] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export function zoneKind(properties: Pick<ProjectProperties, "layer" | "precision_basis">): ZoneKind {
  if (properties.precision_basis === "official-boundary") return "designation";
  return properties.layer === "platform" ? "platform" : "other";
}
