// The two keys that explain how the map draws a project: status (colour and dash) and precision. Used
// at the top of the filter panel's legend and in the compact legend on the map.
import { STATUS_NAMES } from "../../data/facets";
import { PRECISIONS, STATUSES } from "../../data/project-schema";
import { PRECISION_NAMES } from "../../i18n/vocabulary";
import { useText } from "../shell/text-context";
import { PrecisionSwatch, StatusSwatch } from "./legend-swatch";

export function StatusKey() {
  const { language } = useText();
  return (
    <ul className="legend-key">
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusSwatch status={status} /> {STATUS_NAMES[status][language]}
        </li>
      ))}
    </ul>
  );
}

export function PrecisionKey() {
  const { language } = useText();
  return (
    <ul className="legend-key">
      {PRECISIONS.map((precision) => (
        <li key={precision}>
          <PrecisionSwatch precision={precision} /> {PRECISION_NAMES[precision][language]}
        </li>
      ))}
    </ul>
  );
}
