// What the planner's "your layers" section needs from App without the planner panel passing it along:
// the planner's own layers, the plan's projects and counties for the worker, and the projects the
// filters show (the section measures against those, as the coverage table does).
import type { FeatureCollection } from "geojson";
import { createContext, useContext } from "react";
import type { ProjectFeature } from "../../data/project-schema";
import type { StoredUserLayer } from "../../import/user-layer-store";

export interface UserLayersForPlanner {
  layers: readonly StoredUserLayer[];
  projects: readonly ProjectFeature[] | undefined;
  counties: FeatureCollection | undefined;
  visible: readonly { properties: { id: string } }[];
}

export const UserLayersContext = createContext<UserLayersForPlanner>({
  layers: [],
  projects: undefined,
  counties: undefined,
  visible: [],
});

export function useUserLayersForPlanner(): UserLayersForPlanner {
  return useContext(UserLayersContext);
}
