/**
 * Office's theme for the pane: read from Office.context.officeTheme, and read again when the host reports
 * a theme change (the `OfficeThemeChanged` document event, where the host offers it; elsewhere the pane
 * keeps the theme it opened with).
 */
import { themeKindOf, type ThemeSource } from '../taskpane/theme';

export interface OfficeThemeSources {
  readonly theme: () => { readonly bodyBackgroundColor?: string } | undefined;
  /** Registers for the host's theme-change event; rejects or throws where the host has none. */
  readonly onThemeChanged: (handler: () => void) => void;
}

export function officeThemeSource(sources: OfficeThemeSources): ThemeSource {
  const listeners = new Set<() => void>();
  let registered = false;
  return {
    current: () => themeKindOf(sources.theme()?.bodyBackgroundColor),
    subscribe(onChange) {
      listeners.add(onChange);
      if (!registered) {
        registered = true;
        try {
          sources.onThemeChanged(() => listeners.forEach((listener) => listener()));
        } catch {
          // This host does not report theme changes: the theme read at start stays.
        }
      }
      return () => listeners.delete(onChange);
    },
  };
}

/** The running Office's theme; call after Office.onReady. */
export function currentOfficeTheme(): ThemeSource {
  return officeThemeSource({
    theme: () => Office.context.officeTheme,
    onThemeChanged: (handler) => {
      const eventType = (Office.EventType as unknown as Record<string, Office.EventType | undefined>).OfficeThemeChanged;
      if (!eventType) throw new Error('no OfficeThemeChanged event');
      Office.context.document.addHandlerAsync(eventType, handler, () => undefined);
    },
  });
}
