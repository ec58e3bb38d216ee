/**
 * The cooperation's mark: two linked rings, NRW blue and Tokyo red, drawn in
 * about 400 bytes of SVG. Our own sign for the programme, not the state's or the
 * Tokyo Metropolitan Government's logo, which are not ours to use.
 */
export function Emblem({ className = "h-9 w-9" }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false" className={`shrink-0 ${className}`}>
      <circle cx="15" cy="20" r="10.5" fill="none" stroke="#0b4f8a" strokeWidth="5" />
      <circle cx="25" cy="20" r="10.5" fill="none" stroke="#b3261e" strokeWidth="5" />
      {/* The blue ring passes over the red one at the top: the rings are linked. */}
      <path d="M16.8 9.66A10.5 10.5 0 0 1 22.42 12.58" fill="none" stroke="#0b4f8a" strokeWidth="5" />
    </svg>
  );
}
