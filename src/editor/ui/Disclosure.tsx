/**
 * A <details> whose content exists only while it is open, so a closed one adds no fields to
 * the page (no second "Title" for a check or a screen reader to meet) and costs no rendering.
 */
import { useState, type ReactNode } from 'react';

/** A disclosure with a summary line. */
export function Disclosure({ summary, initiallyOpen, className, children }: { summary: string; initiallyOpen: boolean; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
