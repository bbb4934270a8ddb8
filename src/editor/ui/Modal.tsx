/**
 * A native modal <dialog>: the page behind is inert, focus stays inside, Escape closes it and
 * focus returns to where it was. Shared by the editor's dialogs.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog, open while mounted; `onClose` hears that it closed (Escape, a close button). */
export function Modal({ labelledBy, className, onClose, children }: { labelledBy: string; className?: string; onClose: () => void; children: (close: () => void) => ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // No close() on cleanup: a close event fired from a cleanup would tell the parent to unmount
  // a dialog it just mounted (StrictMode runs effects twice).
  useEffect(() => {
    if (!dialog.current!.open) dialog.current!.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={`editor-dialog ${className ?? ''}`} aria-labelledby={labelledBy} onClose={onClose}>
      {children(() => dialog.current?.close())}
    </dialog>
  );
}
