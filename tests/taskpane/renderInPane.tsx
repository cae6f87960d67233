/** Renders a pane component the way the pane does: Fluent theme, i18next in a language, the work runner. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../src/core';
import { createPaneI18n } from '../../src/taskpane/i18n';
import { WorkProvider } from '../../src/taskpane/work/WorkProvider';

// jsdom has no ResizeObserver; Fluent's TabList measures its tabs with one. Nothing resizes in a test.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
}

export function renderInPane(element: ReactElement, language: Language = 'zh-CN') {
  return render(
    <I18nextProvider i18n={createPaneI18n(language)}>
      <FluentProvider theme={webLightTheme}>
        <WorkProvider>{element}</WorkProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
}
