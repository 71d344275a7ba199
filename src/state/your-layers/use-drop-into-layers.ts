// Files dropped anywhere on the page become the planner's own layers, and the layers tab opens to show
// their import (use-file-drop.ts watches the drag).
import { useCallback } from "react";
import { type AppStore, actions } from "../app/app-store";
import { useFileDrop } from "./use-file-drop";

export function useDropIntoLayers(store: AppStore, addFiles: (files: File[]) => void, enabled: boolean) {
  const drop = useCallback(
    (files: File[]) => {
      addFiles(files);
      store.update(actions.setTab("layers"));
    },
    [addFiles, store],
  );
  return useFileDrop(drop, enabled);
}
