/**
 * i18next over the core's message maps: one source of texts for the CLI, the pane and the page.
 * The maps use `{name}` placeholders, so i18next is told to read them that way.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatMessage, messageKeys, type Language } from '../core';

function resourcesOf(language: Language): Record<string, string> {
  // formatMessage without params returns the template with its placeholders intact.
  return Object.fromEntries([...messageKeys(language)].map((key) => [key, formatMessage(language, key)]));
}

/** A fresh i18next instance for the pane in `language` (zh-CN falls back for missing English texts). */
export function createPaneI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: resourcesOf('zh-CN') }, en: { translation: resourcesOf('en') } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
    initAsync: false,
  });
  return instance;
}
