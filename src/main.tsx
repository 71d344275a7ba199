// Entry point: reads the link once, creates the store and renders the shell. The map code is a separate
// chunk (see App.tsx) so this first script stays small.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { registerServiceWorker } from "./browser/service-worker-registration";
import { loadLaterTexts } from "./i18n/load-later-texts";
import { createAppStore } from "./state/app/app-store";
import { parseViewState } from "./state/app/url-state";
// The page colours from the theme first, then the shell's CSS that names them.
import "virtual:page-colours.css";
import "./ui/shell/app.css";

const { view, notices } = parseViewState(window.location.search);
const store = createAppStore(view, notices);
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

// Offline use for presenters: precaches the app and its data after the first visit (production only).
registerServiceWorker();
// The on-demand features' texts, fetched at once beside the map and data (a small chunk).
void loadLaterTexts().catch(() => undefined);
