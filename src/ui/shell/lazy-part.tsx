// A lazily loaded part of the page (the map, the planner panel) behind an error boundary: while its
// code loads the fallback shows; if the file fails, the part says so with a Retry that really fetches
// it again (a new import, not React's remembered failure), or, when the server now runs a newer
// release whose files have other names, a Reload to that version.
import { type ComponentType, type JSX, lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import { isNewDeployment } from "../../browser/new-deployment";
import type { MessageKey } from "../../i18n/messages";
import { ErrorBoundary } from "./error-boundary";
import type { Preloadable } from "./preloadable";
import "./load-failure.css";
import { useText } from "./text-context";

interface LazyPartProps<P extends object> {
  // A preloadable loader (preloadable.ts) whose part has already loaded renders without suspending.
  load: Preloadable<ComponentType<P>> | (() => Promise<ComponentType<P>>);
  props: P;
  part: MessageKey; // the part's name in the failure message
  loading: ReactNode;
  className?: string; // of the failure message
}

export function LazyPart<P extends object>({ load, props, part, loading, className }: LazyPartProps<P>) {
  const make = () => lazy(() => load().then((component) => ({ default: component })));
  const [Loaded, setLoaded] = useState(make);
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    setLoaded(make);
    setAttempt((value) => value + 1);
  };
  // Decided once, at mount: a part first shown through Suspense stays there when its loader has since
  // finished. Switching branches on a later render would unmount the part and mount a new one (the map:
  // a second MapLibre, a second WebGL context and a second hand-over of the data).
  const [readyAtMount] = useState(() => ("loaded" in load ? load.loaded : undefined));
  const Ready = attempt === 0 ? readyAtMount : undefined;
  return (
    <ErrorBoundary
      key={attempt}
      fallback={(error) => <LoadFailure error={error} part={part} onRetry={retry} className={className} />}
    >
      {Ready ? (
        <Ready {...(props as P & JSX.IntrinsicAttributes)} />
      ) : (
        <Suspense fallback={loading}>
          <Loaded {...(props as P & JSX.IntrinsicAttributes)} />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}

function LoadFailure(props: { error: Error; part: MessageKey; onRetry: () => void; className?: string }) {
  const { t } = useText();
  const [newVersion, setNewVersion] = useState(false);
  useEffect(() => {
    let current = true;
    void isNewDeployment().then((answer) => current && setNewVersion(answer));
    return () => {
      current = false;
    };
  }, []);
  const part = t(props.part);
  const detail = failedFile(props.error);
  return (
    <div className={`load-failure ${props.className ?? ""}`} role="alert">
      <p>{newVersion ? t("newVersion", { part }) : t("partFailed", { part, detail })}</p>
      {newVersion ? (
        <button type="button" className="secondary-button" onClick={() => window.location.reload()}>
          {t("reload")}
        </button>
      ) : (
        <button type="button" className="secondary-button" onClick={props.onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
