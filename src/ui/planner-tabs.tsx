// The sidebar's two tabs — the project list with its filters, and the planner — as an ARIA tablist:
// one tab stop, arrow keys (and Home/End) move between tabs, each tab names and controls its panel.
import type { KeyboardEvent, ReactNode } from "react";
import type { SidebarTab } from "../state/use-planner";
import "./sidebar-tabs.css";
import { useText } from "./text-context";

interface PlannerTabsProps {
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  projects: ReactNode;
  planner: ReactNode;
}

const TABS: readonly SidebarTab[] = ["projects", "planner"];

export function PlannerTabs({ tab, onTab, projects, planner }: PlannerTabsProps) {
  const { t } = useText();
  const label = (name: SidebarTab) => t(name === "projects" ? "projectsTab" : "plannerTab");
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === "ArrowRight"
        ? TABS[(index + 1) % TABS.length]
        : event.key === "ArrowLeft"
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === "Home"
            ? TABS[0]
            : event.key === "End"
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onTab(next);
    document.getElementById(`sidebar-tab-${next}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t("sidebarTabs")} className="sidebar-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
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
            {label(name)}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`sidebar-panel-${name}`}
          aria-labelledby={`sidebar-tab-${name}`}
          hidden={tab !== name}
        >
          {name === "projects" ? projects : planner}
        </div>
      ))}
    </>
  );
}
