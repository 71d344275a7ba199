// The "then and now" components as lazily loaded slots: their code (timeline, view switch, legend, their
// styles) is fetched after start-up, like the record itself, so the page's first script stays small.
import { lazy, Suspense } from "react";
import type { ProjectProperties } from "../../data/project-schema";
import { withLaterTexts } from "../../i18n/load-later-texts";

const LazyThenAndNow = lazy(
  withLaterTexts(() => import("./then-and-now").then((module) => ({ default: module.ThenAndNow }))),
);
const LazyProgressViewControl = lazy(
  withLaterTexts(() =>
    import("./progress-view-control").then((module) => ({ default: module.ProgressViewControl })),
  ),
);

export function ThenAndNow({ project }: { project: ProjectProperties }) {
  return (
    <Suspense fallback={null}>
      <LazyThenAndNow project={project} />
    </Suspense>
  );
}

export function ProgressViewControl() {
  return (
    <Suspense fallback={null}>
      <LazyProgressViewControl />
    </Suspense>
  );
}
