/** Files dropped anywhere on the page are opened; the drop zone shows when something is dragged over it. */
import { useState, type DragEvent } from 'react';

export function useDropZone(openFiles: (files: readonly File[]) => Promise<void>) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setDragging(false);
      void openFiles(Array.from(event.dataTransfer.files));
    },
  };
  return { dragging, handlers };
}
