// The plan tab: the whole plan, paragraph by paragraph, beside the map, with coverage at the top and a
// contents list; every clause a feature quotes is marked and one click from its project. Loaded as its
// own chunk when the tab first opens (App.tsx); the plan's JSON follows in a chunk of its own.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { NotMappedEntry } from "../../data/not-mapped-schema";
import type { ProjectFeature, ProjectProperties } from "../../data/project-schema";
import { hidingFilters, mergeHiding } from "../../filters/hidden-by";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import { echo } from "../../state/app/notice";
import { type PlanTarget, resolvePlanTarget } from "../../state/plan-text/plan-target";
import { usePlanText } from "../../state/plan-text/use-plan-text";
import { type PlanBlockContext, PlanBlockView } from "./plan-block";
import { PlanContents } from "./plan-contents";
import { PlanCoverage } from "./plan-coverage-summary";
import "./plan-panel.css";
import { HiddenNotice } from "../projects/hidden-notice";
import { useText } from "../shell/text-context";

// "Opening the tab" is measured from here (the chunk has run) to the first paint of the marked text
// (plan:open), and from the plan's data arriving to that paint (plan:render).
performance.mark("plan:chunk");

interface PlanPanelProps {
  features: readonly ProjectFeature[] | undefined;
  narrow: boolean;
  /** The selected project when the tab first mounts: a link's `tab=plan&project=…` lands on its clause. */
  selectedId: string | null;
  target: PlanTarget | null;
  onSelectProject: (id: string) => void;
  onHighlight: (ids: readonly string[]) => void;
  // The filters, so a clause whose projects they hide says so, with one click to show them (issue 28).
  filters?: ProjectFilters;
  indexed?: ReadonlyMap<string, IndexedFeature>;
  onFilters?: (change: Partial<ProjectFilters>) => void;
}

export function PlanPanel({
  features,
  narrow,
  selectedId,
  target,
  onSelectProject,
  onHighlight,
  filters,
  indexed,
  onFilters,
}: PlanPanelProps) {
  const { language, t } = useText();
  const text = usePlanText(features);
  const root = useRef<HTMLDivElement>(null);
  const [chooser, setChooser] = useState<string | null>(null);
  const [initial] = useState(() =>
    selectedId ? { kind: "project" as const, projectId: selectedId, key: 0 } : null,
  );
  const wanted = target ?? initial;
  const plan = text.status === "ready" ? text.plan : null;
  const index = text.status === "ready" ? text.index : null;
  const landing = useMemo(() => resolvePlanTarget(wanted, plan?.blocks ?? [], index), [wanted, plan, index]);
  const projects = useMemo(
    () => new Map((features ?? []).map((feature) => [feature.properties.id, feature.properties])),
    [features],
  ) as ReadonlyMap<string, ProjectProperties>;
  const notMapped = useMemo(
    () => new Map((plan?.notMapped ?? []).map((entry) => [entry.id, entry])),
    [plan],
  ) as ReadonlyMap<string, NotMappedEntry>;

  const go = useCallback((blockId: string, focusClause = false) => {
    const block = root.current?.querySelector<HTMLElement>(`#plan-${blockId}`);
    if (!block) return;
    const spot = block.querySelector<HTMLElement>("mark.plan-target") ?? block;
    const clause = focusClause ? spot.closest<HTMLElement>("a, button") : null;
    (clause ?? block).focus({ preventScroll: true });
    spot.scrollIntoView({ block: "center" });
  }, []);

  // Land on the target once it can be placed, and again whenever a new request comes in.
  const landingKey = landing.status === "found" ? `${wanted?.key}:${landing.blockId}:${landing.start}` : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new landing moves focus
  useEffect(() => {
    if (landing.status !== "found") return;
    // After this commit's other effects: a link's project also opens its details, which take focus
    // when they mount; the reader was sent to the clause, so the clause gets it last.
    const timer = setTimeout(() => go(landing.blockId, landing.projectId !== null), 0);
    return () => clearTimeout(timer);
  }, [landingKey]);

  const ready = plan !== null && index !== null;
  // A layout effect runs right after the commit, before the browser paints: a passive effect would wait
  // for the map's next frame.
  useLayoutEffect(() => {
    if (!ready || performance.getEntriesByName("plan:shown").length > 0) return;
    // Reading a size lays the text out now, so the mark counts style and layout, not the map's next
    // frame (software WebGL in tests would swamp what this tab costs).
    void root.current?.offsetHeight;
    performance.mark("plan:shown");
    performance.measure("plan:open", "plan:chunk", "plan:shown");
    performance.measure("plan:render", "plan:data", "plan:shown");
  }, [ready]);
  // Nothing stays highlighted on the map once the tab is gone.
  useEffect(() => () => onHighlight([]), [onHighlight]);
  // The last clause pointed at or focused stays the subject of the hidden notice, so the pointer can
  // leave the clause for the notice's button.
  const [clauseIds, setClauseIds] = useState<readonly string[]>([]);
  const highlight = useCallback(
    (ids: readonly string[]) => {
      onHighlight(ids);
      if (ids.length > 0) setClauseIds(ids);
    },
    [onHighlight],
  );
  const hiddenInClause = useMemo(() => {
    if (!filters || !indexed) return [];
    return clauseIds.flatMap((id) => {
      const feature = indexed.get(id);
      const hiding = feature ? hidingFilters(feature.properties, filters) : [];
      return feature && hiding.length > 0 ? [{ properties: feature.properties, hiding }] : [];
    });
  }, [clauseIds, filters, indexed]);

  if (text.status === "loading") return <p className="hint">{t("planLoading")}</p>;
  if (text.status === "failed") {
    return (
      <div className="plan-panel" role="alert">
        <p>{t("planFailed", { detail: text.detail })}</p>
        <button type="button" className="secondary-button" onClick={text.retry}>
          {t("retry")}
        </button>
      </div>
    );
  }
  const { blocks, problems } = text.plan;
  const context: PlanBlockContext = {
    projects,
    notMapped,
    target: landing.status === "found" ? landing : null,
    chooser,
    onChooser: setChooser,
    onSelect: (id) => {
      setChooser(null);
      onSelectProject(id);
    },
    onHighlight: highlight,
  };
  return (
    <div className="plan-panel" ref={root}>
      <p className="hint">{t("planSource")}</p>
      {language === "en" ? <p className="plan-language-note">{t("planPublishedInChinese")}</p> : null}
      {landing.status === "unknown" ? (
        <p className="plan-notice" role="status">
          {t("planUnknownProject", { id: echo(landing.projectId) })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="plan-notice" role="status">
          <p>{t("planProblems")}</p>
          <ul>
            {problems.slice(0, 5).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {index ? <PlanCoverage rows={index.coverage()} /> : <p className="hint">{t("loadingData")}</p>}
      <p className="hint">{t("planMarksHint")}</p>
      <PlanContents
        headings={blocks.filter((block) => block.kind === "heading" && block.level > 1)}
        open={!narrow}
        onGo={(blockId) => go(blockId)}
      />
      <article className="plan-text" lang="zh-CN">
        {blocks.map((block) => (
          <PlanBlockView
            key={block.id}
            block={block}
            marks={index?.marksFor(block.id) ?? []}
            context={context}
          />
        ))}
      </article>
      {filters && onFilters && hiddenInClause.length > 0 ? (
        <div className="plan-hidden">
          <HiddenNotice
            of="clause"
            names={hiddenInClause.map(({ properties }) =>
              language === "zh" ? properties.name_zh : properties.name_en,
            )}
            hiding={mergeHiding(hiddenInClause.map(({ hiding }) => hiding))}
            filters={filters}
            onFilters={onFilters}
          />
        </div>
      ) : null}
    </div>
  );
}
