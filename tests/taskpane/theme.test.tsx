/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { memoryHost } from '../support/memoryHost';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases } from '../../src/app/paneUseCases';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { colorSchemeTheme, type ThemeKind, type ThemeSource } from '../../src/taskpane/theme';
import { officeThemeSource } from '../../src/entries/officeTheme';

function useCases() {
  const host = memoryHost({ 三季度: [['序号']] }, '三季度');
  return createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
}

/** The background Fluent's provider gives the page: its theme's neutral background, set as a CSS variable rule. */
function providerBackground(): string {
  const rules = [...document.querySelectorAll('style')].flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText));
  const provider = document.querySelector('.fui-FluentProvider');
  const own = rules.filter((rule) => [...(provider?.classList ?? [])].some((name) => rule.includes(`.${name}`)));
  const match = own.map((rule) => /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1]).find(Boolean);
  return match?.trim() ?? '';
}

/** A source the test switches, as Office's theme-change event or the system's would. */
function switchableTheme(start: ThemeKind): ThemeSource & { set(kind: ThemeKind): void } {
  let kind = start;
  const listeners = new Set<() => void>();
  return {
    current: () => kind,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      kind = next;
      listeners.forEach((listener) => listener());
    },
  };
}

describe('the pane’s theme', () => {
  it('follows its source while open: dark, then light when the host switches', () => {
    const theme = switchableTheme('dark');
    render(<PaneRoot useCases={useCases()} theme={theme} />);
    expect(screen.getByRole('tab', { name: '校验' })).toBeInTheDocument();
    expect(providerBackground()).toBe(webDarkTheme.colorNeutralBackground1);
    act(() => theme.set('light'));
    expect(providerBackground()).toBe(webLightTheme.colorNeutralBackground1);
  });

  it('reads Office’s theme again when Office reports a change', () => {
    let background = '#FFFFFF';
    let changed: (() => void) | null = null;
    const source = officeThemeSource({ theme: () => ({ bodyBackgroundColor: background }), onThemeChanged: (handler) => (changed = handler) });
    render(<PaneRoot useCases={useCases()} theme={source} />);
    expect(providerBackground()).toBe(webLightTheme.colorNeutralBackground1);
    background = '#262626';
    act(() => changed?.());
    expect(providerBackground()).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it('keeps the theme it opened with where Office reports no change', () => {
    const source = officeThemeSource({
      theme: () => ({ bodyBackgroundColor: '#1F1F1F' }),
      onThemeChanged: () => {
        throw new Error('no OfficeThemeChanged here');
      },
    });
    render(<PaneRoot useCases={useCases()} theme={source} />);
    expect(providerBackground()).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it('follows prefers-color-scheme in a browser tab', () => {
    let dark = true;
    const listeners = new Set<() => void>();
    const query = {
      get matches() {
        return dark;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    const source = colorSchemeTheme({ matchMedia: (text: string) => (text === '(prefers-color-scheme: dark)' ? query : null) as unknown as MediaQueryList });
    expect(source.current()).toBe('dark');
    const seen: string[] = [];
    const stop = source.subscribe(() => seen.push(source.current()));
    dark = false;
    listeners.forEach((listener) => listener());
    expect(seen).toEqual(['light']);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('is light where the browser cannot tell', () => {
    expect(colorSchemeTheme({ matchMedia: undefined as unknown as Window['matchMedia'] }).current()).toBe('light');
  });
});
