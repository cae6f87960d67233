/**
 * @jest-environment jsdom
 */
// The deployment files `npm run build:wps` writes beside the 加载项 (scripts/wpsDeployment.ts).
import { checkedUrl, offlineFolderName, offlineJsplugins, onlineJsplugins } from '../../scripts/wpsDeployment';

function entries(xml: string): Element[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error(`not well-formed: ${xml}`);
  expect(document.documentElement.localName).toBe('jsplugins');
  return Array.from(document.documentElement.children);
}

const options = { onlineUrl: 'http://intranet.example/jindu/', offlineUrl: 'http://intranet.example/offline/jindu_0.1.0.zip', version: '0.1.0' };

describe('the WPS deployment files', () => {
  it('在线模式: one jspluginonline entry of type et pointing at the served folder', () => {
    const [entry, ...others] = entries(onlineJsplugins(options));
    expect(others).toEqual([]);
    expect(entry?.localName).toBe('jspluginonline');
    expect([entry?.getAttribute('name'), entry?.getAttribute('type'), entry?.getAttribute('url')]).toEqual(['jindu', 'et', 'http://intranet.example/jindu/']);
  });

  it('离线模式: one jsplugin entry with the archive and its version', () => {
    const [entry] = entries(offlineJsplugins(options));
    expect(entry?.localName).toBe('jsplugin');
    expect([entry?.getAttribute('type'), entry?.getAttribute('version'), entry?.getAttribute('url')]).toEqual(['et', '0.1.0', 'http://intranet.example/offline/jindu_0.1.0.zip']);
    expect(offlineFolderName('0.1.0')).toBe('jindu_0.1.0');
  });

  it('escapes what an IT department types into the URL', () => {
    const [entry] = entries(onlineJsplugins({ ...options, onlineUrl: 'http://intranet.example/a?b=1&c="2"/' }));
    expect(entry?.getAttribute('url')).toBe('http://intranet.example/a?b=1&c="2"/');
  });

  it.each([
    { description: 'a folder URL gets its slash', input: 'http://10.1.2.3:8080/jindu', folder: true, expected: 'http://10.1.2.3:8080/jindu/' },
    { description: 'a file URL is accepted', input: 'file:///opt/jindu/jindu_0.1.0.zip', folder: false, expected: 'file:///opt/jindu/jindu_0.1.0.zip' },
  ])('$description', ({ input, folder, expected }) => {
    expect(checkedUrl(input, { folder })).toBe(expected);
  });

  it('refuses URLs WPS cannot load from', () => {
    expect(() => checkedUrl('intranet/jindu/', { folder: true })).toThrow('not an absolute URL');
    expect(() => checkedUrl('ftp://intranet/jindu/', { folder: true })).toThrow('ftp:');
  });
});
