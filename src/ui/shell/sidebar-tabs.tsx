// The sidebar's tabs — the project list with its filters, the planner, and any others App gives a
// panel — as an ARIA tablist: one tab stop, arrow keys (and Home/End) move between tabs, each tab names
// and controls its panel.
import type { KeyboardEvent, ReactNode } from "react";
import type { MessageKey } from "../../i18n/messages";
import { SIDEBAR_TABS, type SidebarTab } from "../../state/app/view-state";
import "./sidebar-tabs.css";
import { useText } from "./text-context";

interface SidebarTabsProps {
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  // A tab shows when it has a panel; null: the tab shows, its panel mounts on first opening.
  panels: Partial<Record<SidebarTab, ReactNode>>;
}

const LABELS: Record<SidebarTab, MessageKey> = {
  projects: "projectsTab",
  planner: "plannerTab",
  plan: "planTab",
  layers: "layersTab",
};

export function SidebarTabs({ tab, onTab, panels }: SidebarTabsProps) {
  const { t } = useText();
  const tabs = SIDEBAR_TABS.filter((name) => name in panels);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(tab);
    const moves: Record<string, SidebarTab | undefined> = {
      ArrowRight: tabs[(index + 1) % tabs.length],
      ArrowLeft: tabs[(index + tabs.length - 1) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    onTab(next);
    document.getElementById(`sidebar-tab-${next}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t("sidebarTabs")} className="sidebar-tabs" onKeyDown={onKeyDown}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`sidebar-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`sidebar-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => onTab(name)}
          >
            {t(LABELS[name])}
          </button>
        ))}
      </div>
      {tabs.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`sidebar-panel-${name}`}
          aria-labelledby={`sidebar-tab-${name}`}
          hidden={tab !== name}
        >
          {panels[name]}
        </div>
      ))}
    </>
  );
}
