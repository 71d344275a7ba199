// The "then and now" components as lazily loaded slots: their code (timeline, view switch, legend, their
// styles) is fetched after start-up, like the record itself, so the page's first script stays small.
// Both go through the one loader: a file that fails says so with a Retry, and the page around it stays.
import type { ProjectProperties } from "../../data/project-schema";
import { withLaterTexts } from "../../i18n/load-later-texts";
import { LazyPart } from "../shell/lazy-part";
import { preloadable } from "../shell/preloadable";

const loadThenAndNow = preloadable(
  withLaterTexts(() => import("./then-and-now").then((module) => module.ThenAndNow)),
);
const loadProgressViewControl = preloadable(
  withLaterTexts(() => import("./progress-view-control").then((module) => module.ProgressViewControl)),
);

export function ThenAndNow({ project }: { project: ProjectProperties }) {
  return <LazyPart load={loadThenAndNow} part="partThenAndNow" loading={null} props={{ project }} />;
}

export function ProgressViewControl() {
  return (
    <LazyPart
      load={loadProgressViewControl}
      part="partViewSwitch"
      className="floating-failure map-failure"
      loading={null}
      props={{}}
    />
  );
}
