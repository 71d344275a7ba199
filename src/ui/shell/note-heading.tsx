// The first line of a note over the map (the close-up note, the sketch hint) with its × to hide it: one
// markup and one look for both, a 44 px target for the ×.
import { useText } from "./text-context";
import "./note-heading.css";

export function NoteHeading({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useText();
  return (
    <div className="note-heading">
      <p>{text}</p>
      <button
        type="button"
        className="icon-button note-dismiss"
        aria-label={t("dismissNote")}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
