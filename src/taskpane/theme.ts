/**
 * The pane follows its host's theme: Office's (dark when Office's body background is dark), or the
 * system's light or dark choice in a browser tab.
 */
import { useSyncExternalStore } from 'react';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark';

/** `#RRGGBB` → light or dark by relative luminance; unknown colours count as light. */
export function themeKindOf(bodyBackgroundColor: string | undefined | null): ThemeKind {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor?.trim() ?? '');
  if (!match) return 'light';
  const [red, green, blue] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? 'ff', 16) / 255);
  const luminance = 0.2126 * (red ?? 1) + 0.7152 * (green ?? 1) + 0.0722 * (blue ?? 1);
  return luminance < 0.5 ? 'dark' : 'light';
}

export function fluentThemeOf(kind: ThemeKind): Theme {
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}

/** Where the pane's theme comes from: read now, and told when it changes (where the host reports it). */
export interface ThemeSource {
  current(): ThemeKind;
  subscribe(onChange: () => void): () => void;
}

export function fixedTheme(kind: ThemeKind): ThemeSource {
  return { current: () => kind, subscribe: () => () => undefined };
}

/** A browser tab's theme: the system's light or dark choice (`prefers-color-scheme`), followed live. */
export function colorSchemeTheme(view: Pick<Window, 'matchMedia'> | undefined = typeof window === 'undefined' ? undefined : window): ThemeSource {
  const query = view?.matchMedia?.('(prefers-color-scheme: dark)');
  if (!query) return fixedTheme('light');
  return {
    current: () => (query.matches ? 'dark' : 'light'),
    subscribe(onChange) {
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
  };
}

const subscribeNever = () => () => undefined;

/** The theme to render now, re-rendering when the source reports a change. */
export function useThemeKind(theme: ThemeKind | ThemeSource): ThemeKind {
  const source = typeof theme === 'string' ? null : theme;
  return useSyncExternalStore(source ? source.subscribe : subscribeNever, () => (source ? source.current() : (theme as ThemeKind)));
}
