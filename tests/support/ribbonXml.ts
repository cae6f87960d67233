/** Reading a CustomUI ribbon.xml in tests. */

/** Every callback a ribbon.xml names (onLoad, onAction, getImage, getLabel, …), once each. */
export function ribbonCallbackNames(ribbonXml: string): string[] {
  const names = [...ribbonXml.matchAll(/\s(?:on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}
