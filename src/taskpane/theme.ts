/** The pane follows Office's theme: dark when Office's body background is dark. */
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
