// "Skip to the list": moves focus to the list without scrolling the page, changing the layout or adding
// `#…` to the address (which would also end up in a shared link). Without script the plain anchor works.
export function SkipLink({ target, label }: { target: string; label: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        element.focus({ preventScroll: true });
        // Bring the list into view inside its own scrolling panel only; the page itself stays put.
        const panel = element.closest<HTMLElement>(".sidebar");
        if (panel) panel.scrollTop += element.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      }}
    >
      {label}
    </a>
  );
}
