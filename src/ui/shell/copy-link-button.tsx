// Copies the current address, which always holds the whole view, so "send this to a colleague" is one click.
import { useState } from "react";

export function CopyLinkButton({
  label,
  doneLabel,
  className = "secondary-button",
}: {
  label: string;
  doneLabel: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (insecure context, permissions): select-and-copy from the address bar still works.
      window.prompt(label, window.location.href);
    }
  };
  return (
    <button type="button" className={className} onClick={copy} aria-live="polite">
      {copied ? doneLabel : label}
    </button>
  );
}
