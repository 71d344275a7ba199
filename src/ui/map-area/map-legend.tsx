// A compact legend on the map itself, for visitors who never open the sidebar: what colours and dashes
// mean and how sure each position is. Folds to one button; open at start on a wide screen only. In the
// "then and now" view the lines wear recorded stages, whose key sits in that view's own panel, so the
// 2020 status key leaves: a legend never explains colours the map is not showing.
import { useState } from "react";
import { useText } from "../shell/text-context";
import { PrecisionKey, StatusKey } from "./legend-keys";

export function MapLegend({ narrow, showsStatus }: { narrow: boolean; showsStatus: boolean }) {
  const { t } = useText();
  const [open, setOpen] = useState(!narrow);
  return (
    <details
      className="map-legend"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t("legend")}</summary>
      <div className="map-legend-body">
        {showsStatus ? (
          <>
            <p className="legend-heading">{t("status")}</p>
            <StatusKey />
          </>
        ) : null}
        <p className="legend-heading">{t("legendPrecision")}</p>
        <PrecisionKey />
      </div>
    </details>
  );
}
