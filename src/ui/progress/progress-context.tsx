// The "then and now" record and view, shared with the components that show it (details, the map's
// control, the planner's counts) without threading props through panels other features own. App
// publishes the current value; components read it with useProgressView(). One app per page, so one value.
import { useLayoutEffect, useMemo, useSyncExternalStore } from "react";
import type { ProjectProperties } from "../../data/project-schema";
import type { AppStore } from "../../state/app/app-store";
import type { MapView } from "../../state/app/view-state";
import { progressActions } from "../../state/progress/progress-actions";
import type { ProgressRecordState } from "../../state/progress/use-progress";

export interface ProgressView {
  record: ProgressRecordState;
  mapView: MapView;
  features: readonly { properties: ProjectProperties }[];
  setMapView: (view: MapView) => void;
  setYear: (year: number | null) => void;
}

let current: ProgressView | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useProgressView(): ProgressView | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Called once, by App: makes the record, the view and its actions available to the components. */
export function usePublishProgressView(
  store: AppStore,
  record: ProgressRecordState,
  mapView: MapView,
  features: readonly { properties: ProjectProperties }[],
): void {
  const value = useMemo<ProgressView>(
    () => ({
      record,
      mapView,
      features,
      setMapView: (view) => store.update(progressActions.setMapView(view)),
      setYear: (year) => store.update(progressActions.setYear(year)),
    }),
    [store, record, mapView, features],
  );
  useLayoutEffect(() => {
    current = value;
    for (const listener of listeners) listener();
  }, [value]);
}
