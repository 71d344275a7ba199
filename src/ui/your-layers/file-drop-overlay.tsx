// Shown while files are dragged over the page: says that a drop imports them as the user's layers.
import { useText } from "../shell/text-context";

export function FileDropOverlay({ visible }: { visible: boolean }) {
  const { t } = useText();
  if (!visible) return null;
  return (
    <div className="file-drop-overlay" aria-hidden="true">
      <p>{t("yourLayersDropHere")}</p>
    </div>
  );
}
