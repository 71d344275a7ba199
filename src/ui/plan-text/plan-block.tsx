// One heading or paragraph of the plan, verbatim, with its marks: a clause on the map is a link that
// selects its project (or opens a chooser when several projects share it) and highlights them on the
// map while pointed at or focused; an item left off the map is boxed, with its reason on hover/focus.
import type { CSSProperties, ReactNode } from "react";
import type { NotMappedEntry } from "../../data/not-mapped-schema";
import type { PlanBlock } from "../../data/plan-schema";
import type { ProjectProperties } from "../../data/project-schema";
import { LANGUAGE_TAGS } from "../../i18n/language";
import { STANDARD_THEME } from "../../layers/theme";
import type { PlanMark } from "../../plan-text/plan-index";
import { planPieces } from "../../plan-text/plan-pieces";
import { useText } from "../shell/text-context";
import { PlanChooser } from "./plan-chooser";
import { PlanGlosses } from "./plan-glosses";
import { PlanUnmapped } from "./plan-unmapped";

type MappedMark = Extract<PlanMark, { kind: "mapped" }>;

export interface PlanBlockContext {
  projects: ReadonlyMap<string, ProjectProperties>;
  notMapped: ReadonlyMap<string, NotMappedEntry>;
  target: { blockId: string; start: number; end: number } | null;
  chooser: string | null; // the open chooser's mark key
  onChooser: (key: string | null) => void;
  onSelect: (id: string) => void;
  onHighlight: (ids: readonly string[]) => void;
}

interface PlanBlockProps {
  block: PlanBlock;
  marks: readonly PlanMark[];
  context: PlanBlockContext;
}

const HEADING_TAGS = { 1: "h2", 2: "h3", 3: "h4" } as const;

export function PlanBlockView({ block, marks, context }: PlanBlockProps) {
  const { language } = useText();
  const target = context.target?.blockId === block.id ? context.target : null;
  const pieces = planPieces(block.text.length, marks, target).map((piece) => {
    const text = piece.parts.map((part) => {
      const words = block.text.slice(part.start, part.end);
      return part.target ? (
        <mark key={part.start} className="plan-target">
          {words}
        </mark>
      ) : (
        words
      );
    });
    if (piece.mark === null) return <span key={piece.start}>{text}</span>;
    if (piece.mark.kind === "not-mapped") {
      const entry = context.notMapped.get(piece.mark.entryId);
      return entry ? (
        <PlanUnmapped key={piece.start} entry={entry}>
          {text}
        </PlanUnmapped>
      ) : (
        <span key={piece.start}>{text}</span>
      );
    }
    return (
      <ClauseLink
        key={piece.start}
        mark={piece.mark}
        markKey={`${block.id}:${piece.start}`}
        context={context}
      >
        {text}
      </ClauseLink>
    );
  });
  const mapped = marks.filter((mark): mark is MappedMark => mark.kind === "mapped");
  const openChooser = mapped.find((mark) => `${block.id}:${mark.start}` === context.chooser);
  const common = {
    id: `plan-${block.id}`,
    tabIndex: -1,
    className: `plan-${block.kind} plan-level-${block.level}${target ? " is-target" : ""}`,
  };
  const body =
    block.kind === "heading" ? (
      (() => {
        const Tag = HEADING_TAGS[block.level as keyof typeof HEADING_TAGS] ?? "h4";
        return <Tag {...common}>{pieces}</Tag>;
      })()
    ) : (
      <p {...common}>{pieces}</p>
    );
  const alsoNamed = [...new Set(mapped.flatMap((mark) => mark.notMappedIds))]
    .map((id) => context.notMapped.get(id))
    .filter((entry): entry is NotMappedEntry => entry !== undefined);
  return (
    <>
      {body}
      {openChooser ? (
        <PlanChooser
          id={chooserId(block.id, openChooser)}
          mark={openChooser}
          projects={context.projects}
          onSelect={context.onSelect}
          onClose={() => context.onChooser(null)}
        />
      ) : null}
      {alsoNamed.length > 0 ? <AlsoNamed entries={alsoNamed} /> : null}
      {language === "en" ? <PlanGlosses marks={mapped} projects={context.projects} /> : null}
    </>
  );
}

function ClauseLink({
  mark,
  markKey,
  context,
  children,
}: {
  mark: MappedMark;
  markKey: string;
  context: PlanBlockContext;
  children: ReactNode;
}) {
  const { language } = useText();
  const projects = mark.projectIds
    .map((id) => context.projects.get(id))
    .filter((project): project is ProjectProperties => project !== undefined);
  const single = projects.length === 1 ? projects[0] : undefined;
  const open = context.chooser === markKey;
  const names = projects.map((project) => (language === "zh" ? project.name_zh : project.name_en));
  return (
    <a
      className={`plan-clause${open ? " is-open" : ""}`}
      href={single ? projectHref(single.id) : `#${chooserId(markKey.split(":")[0] ?? "", mark)}`}
      role={single ? undefined : "button"}
      aria-expanded={single ? undefined : open}
      aria-controls={single || !open ? undefined : chooserId(markKey.split(":")[0] ?? "", mark)}
      title={names.join(language === "zh" ? "、" : ", ")}
      data-project-ids={mark.projectIds.join(" ")}
      style={underline(projects)}
      onClick={(event) => {
        event.preventDefault();
        if (single) context.onSelect(single.id);
        else context.onChooser(open ? null : markKey);
      }}
      onMouseEnter={() => context.onHighlight(mark.projectIds)}
      onMouseLeave={() => context.onHighlight([])}
      onFocus={() => context.onHighlight(mark.projectIds)}
      onBlur={() => context.onHighlight([])}
    >
      {children}
    </a>
  );
}

function AlsoNamed({ entries }: { entries: readonly NotMappedEntry[] }) {
  const { language, t } = useText();
  return (
    <p className="plan-also" lang={LANGUAGE_TAGS[language]}>
      {t("planAlsoNamed")}{" "}
      {entries.map((entry, position) => (
        <span key={entry.id}>
          {position > 0 ? (language === "zh" ? "；" : "; ") : null}
          <span lang="zh-CN">{entry.words}</span>
          {language === "zh" ? `（${entry.reason_zh}）` : ` (${entry.reason_en})`}
        </span>
      ))}
    </p>
  );
}

function chooserId(blockId: string, mark: MappedMark): string {
  return `plan-chooser-${blockId}-${mark.start}`;
}

// The map's own colours: a clause is underlined in its projects' status colours, as the legend draws them.
function underline(projects: readonly ProjectProperties[]): CSSProperties {
  const colours = [...new Set(projects.map((project) => STANDARD_THEME.statusColours[project.status]))];
  const stops = colours.map((colour, position) => {
    const from = (position / colours.length) * 100;
    const to = ((position + 1) / colours.length) * 100;
    return `${colour} ${from}% ${to}%`;
  });
  return {
    backgroundImage: `linear-gradient(to right, ${stops.join(", ") || `${STANDARD_THEME.unknownStatus} 0 100%`})`,
  };
}

// A real link, so "open in a new tab" and copying it work: the same view with this project selected.
function projectHref(id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set("project", id);
  return `${url.search}${url.hash}`;
}
