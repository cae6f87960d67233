/**
 * Keyboard movement inside one collapsible group of the issue list: the group is a single tab stop (the
 * element focused last, at first its header), Up/Down/Home/End move inside it, Left collapses (or goes back
 * to the header), Right expands. Tab leaves the group for the next one instead of walking every issue.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

export interface GroupFocus {
  readonly open: boolean;
  setOpen(open: boolean): void;
  /** Props for the element at `index` (0 is the header, then the items in order). */
  itemProps(index: number): {
    tabIndex: number;
    ref: (element: HTMLElement | null) => void;
    onFocus: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

export function useGroupFocus(itemCount: number, initiallyOpen = true): GroupFocus {
  const [open, setOpenState] = useState(initiallyOpen);
  const [active, setActive] = useState(0);
  const elements = useRef<(HTMLElement | null)[]>([]);
  const last = open ? itemCount : 0;
  const current = Math.min(active, last);

  const focusAt = useCallback((index: number) => {
    setActive(index);
    elements.current[index]?.focus();
  }, []);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (!next) setActive(0);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (index < last) focusAt(index + 1);
        break;
      case 'ArrowUp':
        if (index > 0) focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(last);
        break;
      case 'ArrowLeft':
        if (index === 0) setOpen(false);
        else focusAt(0);
        break;
      case 'ArrowRight':
        if (index === 0 && !open) setOpen(true);
        else if (index === 0 && itemCount > 0) focusAt(1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return {
    open,
    setOpen,
    itemProps: (index) => ({
      tabIndex: index === current ? 0 : -1,
      ref: (element) => {
        elements.current[index] = element;
      },
      onFocus: () => setActive(index),
      onKeyDown: onKeyDown(index),
    }),
  };
}
