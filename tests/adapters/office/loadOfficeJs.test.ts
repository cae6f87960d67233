/**
 * @jest-environment jsdom
 */
import { loadOfficeJs, OFFICE_JS_META } from '../../../src/adapters/office/loadOfficeJs';

function pageNaming(url: string | null): Document {
  const doc = document.implementation.createHTMLDocument('进度助手');
  if (url !== null) {
    const meta = doc.createElement('meta');
    meta.name = OFFICE_JS_META;
    meta.content = url;
    doc.head.appendChild(meta);
  }
  return doc;
}

describe('loadOfficeJs', () => {
  it('adds one script for the address the build wrote, and resolves when it ran', async () => {
    const doc = pageNaming('office-js/office.js');
    const loaded = loadOfficeJs(doc);
    const scripts = [...doc.head.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['office-js/office.js']);
    scripts[0]?.dispatchEvent(new Event('load'));
    await expect(loaded).resolves.toBeUndefined();
  });

  it('rejects, naming the address, when the script cannot be fetched', async () => {
    const doc = pageNaming('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const loaded = loadOfficeJs(doc);
    doc.head.querySelector('script')?.dispatchEvent(new Event('error'));
    await expect(loaded).rejects.toThrow('appsforoffice.microsoft.com');
  });

  it('rejects when the page names no office.js', async () => {
    await expect(loadOfficeJs(pageNaming(null))).rejects.toThrow(OFFICE_JS_META);
  });
});
