// The planner's part of the store: N, the catchments drawn and the county selection live in AppState
// (so the link carries them) and change only through these pure actions.
import type { CountyCode } from "../../data/project-schema";
import type { AppState } from "../app/app-state";
import { CATCHMENT_LAYERS, type CatchmentLayer } from "../app/view-state";

type Action = (state: AppState) => AppState;

// The link writes N with at most two decimals (url-parameters.ts): the store keeps exactly what the link
// can say, so an opened link computes the same figures as the view it was copied from.
export function roundDistance(kilometres: number): number {
  return Math.round(kilometres * 100) / 100;
}

export const plannerActions = {
  setDistance:
    (kilometres: number): Action =>
    (state) => {
      const distance = roundDistance(kilometres);
      return state.distance === distance ? state : { ...state, distance };
    },
  setCatchments:
    (layers: readonly CatchmentLayer[]): Action =>
    (state) => {
      // In the fixed order of CATCHMENT_LAYERS, so equal choices give equal links.
      const catchments = CATCHMENT_LAYERS.filter((layer) => layers.includes(layer));
      return catchments.join(",") === state.catchments.join(",") ? state : { ...state, catchments };
    },
  toggleCatchment:
    (layer: CatchmentLayer, on: boolean): Action =>
    (state) =>
      plannerActions.setCatchments(
        on ? [...state.catchments, layer] : state.catchments.filter((item) => item !== layer),
      )(state),
  selectCounty:
    (adcode: CountyCode | null): Action =>
    (state) =>
      state.selectedCounty === adcode ? state : { ...state, selectedCounty: adcode },
};
