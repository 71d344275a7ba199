// The combobox's options, grouped, matched characters marked; loaded with the search on first focus.
// Options are chosen by click or tap; focus stays in the search box (aria-activedescendant), so
// pressing an option must not take it away.
import { COUNTY_NAMES, LAYER_NAMES, PILLAR_NAMES } from "../../data/facets";
import type { CountyCode, LayerName, Pillar } from "../../data/project-schema";
import type { Language } from "../../i18n/language";
import type { MessageKey } from "../../i18n/messages";
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";
import type { SearchResult } from "../../search/search-entries";
import type { UserLayerMatch } from "../../search/user-layer-search";
import type { GroupKind, OptionGroup, SearchOption } from "../../state/search/search-options";
import { useText } from "../shell/text-context";

const GROUP_NAMES: Record<GroupKind, MessageKey> = {
  project: "searchGroupProject",
  county: "searchGroupCounty",
  place: "searchGroupPlace",
  facet: "searchGroupFacet",
  "user-feature": "searchGroupUserFeature",
  sentence: "searchGroupPlanText",
};

interface SearchListboxProps {
  id: string;
  groups: OptionGroup[];
  activeId: string | undefined;
  onChoose: (option: SearchOption) => void;
  onHighlight: (id: string) => void;
}

export function SearchGroups({ id, groups, activeId, onChoose, onHighlight }: SearchListboxProps) {
  const { t } = useText();
  return (
    <>
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox's groups are role="group" (ARIA 1.2)
        <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
          <div id={`${id}-${group.kind}`} role="presentation" className="search-group-name">
            {t(GROUP_NAMES[group.kind])}
          </div>
          {group.options.map((option) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (search-box.tsx)
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox
            <div
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={option.id === activeId}
              className={
                option.type === "show-all" || option.type === "retry-sentences"
                  ? "search-option search-show-all"
                  : "search-option"
              }
              // Keep focus in the box: a pressed option would otherwise blur it and close the list.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => option.id !== activeId && onHighlight(option.id)}
              onClick={() => onChoose(option)}
            >
              {option.type === "show-all" ? (
                t("searchShowAll", { count: option.total })
              ) : option.type === "user-feature" ? (
                <UserFeatureText match={option.match} />
              ) : option.type === "retry-sentences" ? (
                t("searchPlanFailed", { detail: option.detail })
              ) : option.type === "sentence" ? (
                <SentenceText sentence={option.sentence} />
              ) : (
                <OptionText result={option.result} />
              )}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function OptionText({ result }: { result: SearchResult }) {
  const { language, t } = useText();
  const entry = result.entry;
  const name = language === "zh" ? entry.zh : entry.en;
  const other = language === "zh" ? entry.en : entry.zh;
  return (
    <>
      <span className="search-option-name">
        <Marked text={name} ranges={result.highlight} />
      </span>
      <span className="search-option-meta" lang={language === "zh" ? "en" : "zh-CN"}>
        {entry.kind === "facet" ? facetKind(entry.key, language, t) : other}
      </span>
    </>
  );
}

// A facet's own kind beside its name (图层 / 会战), with the filter's name when the plan's word differs.
function facetKind(key: string, language: Language, t: (key: MessageKey) => string): string {
  const [facet, value] = key.split(":");
  if (facet === "layer")
    return `${t("searchFacetLayer")} · ${LAYER_NAMES[value as LayerName]?.[language] ?? ""}`;
  if (facet === "pillar")
    return `${t("searchFacetPillar")} · ${PILLAR_NAMES[value as Pillar]?.[language] ?? ""}`;
  return COUNTY_NAMES[value as CountyCode]?.[language] ?? "";
}

// A feature of the planner's own layer: its name as the file gave it, and the layer it is in.
function UserFeatureText({ match }: { match: UserLayerMatch }) {
  const { t } = useText();
  return (
    <>
      <span className="search-option-name">
        <Marked text={match.name} ranges={[match.range]} />
      </span>
      <span className="search-option-meta">{t("searchUserFeatureLayer", { name: match.layerName })}</span>
    </>
  );
}

// A sentence of the plan, verbatim and in Chinese (the plan is published in Chinese), under its heading.
function SentenceText({ sentence }: { sentence: PlanSentenceSuggestion }) {
  return (
    <>
      <span className="search-option-name search-option-sentence" lang="zh-CN">
        <Marked text={sentence.text} ranges={sentence.matches.map(({ start, end }) => [start, end])} />
      </span>
      {sentence.heading && sentence.heading !== sentence.text ? (
        <span className="search-option-meta" lang="zh-CN">
          {sentence.heading}
        </span>
      ) : null}
    </>
  );
}

function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
