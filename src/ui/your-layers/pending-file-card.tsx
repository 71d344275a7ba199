// One file waiting to be imported: its name and size, the coordinate system its positions are in and,
// for a table, which columns hold longitude and latitude (detected, or the user's choice).
import Papa from "papaparse";
import { useEffect, useState } from "react";
import { COORDINATE_SYSTEMS } from "../../import/convert-coordinates";
import { decodeText } from "../../import/decode-text";
import { fileExtension } from "../../import/detect-format";
import type { CoordinateSystem, ImportOptions } from "../../import/import-types";
import { uniqueHeaders } from "../../import/unique-headers";
import type { PendingFile } from "../../state/your-layers/use-user-layers";
import { useText } from "../shell/text-context";

// A header row is far shorter than this; reading only the start keeps a 100 MB file off the page.
const HEADER_BYTES = 64 * 1024;
const LINE_FEED = 0x0a;
const TABLE_EXTENSIONS = new Set(["csv", "txt", "tsv"]);

interface PendingFileCardProps {
  item: PendingFile;
  onOptions: (options: ImportOptions) => void;
  onImport: () => void;
  onCancel: () => void;
  busy: boolean;
}

export function PendingFileCard({ item, onOptions, onImport, onCancel, busy }: PendingFileCardProps) {
  const { t } = useText();
  const { file, options } = item;
  const headers = useTableHeaders(file);
  const id = `pending-${item.key}`;
  return (
    <li className="pending-file">
      <p className="pending-file-name">
        <strong>{file.name}</strong> <span className="hint">{formatSize(file.size)}</span>
      </p>
      <label htmlFor={`${id}-system`}>{t("yourLayersCoordinateSystem")}</label>
      <select
        id={`${id}-system`}
        value={options.coordinateSystem ?? "WGS84"}
        onChange={(event) =>
          onOptions({ ...options, coordinateSystem: event.target.value as CoordinateSystem })
        }
      >
        {COORDINATE_SYSTEMS.map((system) => (
          <option key={system} value={system}>
            {system}
          </option>
        ))}
      </select>
      {headers && headers.length > 0 ? (
        <div className="pending-file-columns">
          <ColumnSelect
            id={`${id}-longitude`}
            label={t("yourLayersLongitudeColumn")}
            headers={headers}
            value={options.longitudeColumn}
            onChange={(longitudeColumn) => onOptions({ ...options, longitudeColumn })}
          />
          <ColumnSelect
            id={`${id}-latitude`}
            label={t("yourLayersLatitudeColumn")}
            headers={headers}
            value={options.latitudeColumn}
            onChange={(latitudeColumn) => onOptions({ ...options, latitudeColumn })}
          />
        </div>
      ) : null}
      <div className="pending-file-actions">
        <button type="button" className="primary-button" onClick={onImport} disabled={busy}>
          {t("yourLayersImport")}
        </button>
        <button type="button" className="secondary-button" onClick={onCancel} disabled={busy}>
          {t("yourLayersCancel")}
        </button>
      </div>
    </li>
  );
}

function ColumnSelect(props: {
  id: string;
  label: string;
  headers: readonly string[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useText();
  return (
    <span className="pending-file-column">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">{t("yourLayersAutomatic")}</option>
        {props.headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </span>
  );
}

// The header row of a table file, named as the importer will name the columns; null for other files.
function useTableHeaders(file: File): string[] | null {
  const [headers, setHeaders] = useState<string[] | null>(null);
  useEffect(() => {
    if (!TABLE_EXTENSIONS.has(fileExtension(file.name))) return;
    let current = true;
    void file
      .slice(0, HEADER_BYTES)
      .arrayBuffer()
      .then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const end = bytes.indexOf(LINE_FEED);
        // Up to the first line break only: a cut multi-byte character would make UTF-8 look like GBK.
        const { text } = decodeText(end === -1 ? bytes : bytes.subarray(0, end));
        const row = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
        if (current) setHeaders(uniqueHeaders(row));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [file]);
  return headers;
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
