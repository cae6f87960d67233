/**
 * @jest-environment jsdom
 */
// The manifest's own rules, checked offline (the online validator is unreachable from intranets);
// .ci/run also validates it against the official schemas with xmllint.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifestText = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

function parse(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return document;
}

function byLocalName(document: Document, name: string): Element[] {
  return Array.from(document.getElementsByTagName('*')).filter((element) => element.localName === name);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What the manifest test asserts, as a function so the test can prove it fails on a broken manifest. */
export function manifestProblems(text: string): string[] {
  const problems: string[] = [];
  const document = parse(text);
  const top = document.documentElement;
  if (top.localName !== 'OfficeApp') problems.push('root is not OfficeApp');
  if (top.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type') !== 'TaskPaneApp') problems.push('not a TaskPaneApp');

  for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
    if (byLocalName(document, required).length === 0) problems.push(`missing <${required}>`);
  }
  const id = byLocalName(document, 'Id')[0]?.textContent ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id is not a GUID: ${id}`);
  if (byLocalName(document, 'DefaultLocale')[0]?.textContent !== 'zh-CN') problems.push('default locale is not zh-CN');
  if (byLocalName(document, 'Permissions')[0]?.textContent !== 'ReadWriteDocument') problems.push('permission is not ReadWriteDocument');
  if (!byLocalName(document, 'Host').some((host) => host.getAttribute('Name') === 'Workbook')) problems.push('host Workbook missing');
  const excelApi = byLocalName(document, 'Set').find((set) => set.getAttribute('Name') === 'ExcelApi');
  if (!excelApi?.getAttribute('MinVersion')) problems.push('no ExcelApi requirement');
  for (const name of ['DisplayName', 'Description']) {
    const element = byLocalName(document, name)[0];
    if (!element || !Array.from(element.children).some((child) => child.getAttribute('Locale') === 'en-US')) problems.push(`${name} has no en-US override`);
  }

  const urls = [
    ...Array.from(document.getElementsByTagName('*')).flatMap((element) => {
      const value = element.getAttribute('DefaultValue') ?? element.getAttribute('Value') ?? '';
      return /^[a-z]+:\/\//i.test(value) ? [value] : [];
    }),
    ...byLocalName(document, 'AppDomain').map((element) => element.textContent ?? ''),
  ];
  if (urls.length === 0) problems.push('no URLs');
  for (const url of urls) if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);

  const resourceIds = new Set(
    byLocalName(document, 'Resources').flatMap((resources) =>
      Array.from(resources.getElementsByTagName('*')).flatMap((element) => (element.getAttribute('id') ? [element.getAttribute('id') as string] : [])),
    ),
  );
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    const resid = element.getAttribute('resid');
    if (resid !== null && !resourceIds.has(resid)) problems.push(`resid does not resolve: ${resid}`);
  }
  const homeButton = byLocalName(document, 'OfficeTab').find((tab) => tab.getAttribute('id') === 'TabHome');
  if (!homeButton || !Array.from(homeButton.getElementsByTagName('*')).some((element) => element.localName === 'Action' && element.getAttribute('xsi:type') === 'ShowTaskpane')) {
    problems.push('no Home-tab button that opens the pane');
  }
  return problems;
}

describe('manifest.xml', () => {
  it('has every required element, a GUID, https URLs and resolving resids', () => {
    expect(manifestProblems(manifestText)).toEqual([]);
  });

  it.each([
    { description: 'a lost element', broken: manifestText.replace(/<Permissions>[^<]*<\/Permissions>/, ''), expected: 'missing <Permissions>' },
    { description: 'a broken resid', broken: manifestText.replace('resid="OpenPane.Tooltip"', 'resid="OpenPane.Tip"'), expected: 'resid does not resolve: OpenPane.Tip' },
    { description: 'an http URL', broken: manifestText.replace('https://localhost:3000/help.html"/>', 'http://localhost:3000/help.html"/>'), expected: 'URL is not https: http://localhost:3000/help.html' },
    { description: 'an Id that is not a GUID', broken: manifestText.replace(/<Id>[^<]*<\/Id>/, '<Id>jindu</Id>'), expected: 'Id is not a GUID: jindu' },
  ])('would catch $description', ({ broken, expected }) => {
    expect(manifestProblems(broken)).toContain(expected);
  });

  it('points at icons that exist at their stated pixel sizes', () => {
    const document = parse(manifestText);
    const images = byLocalName(document, 'Image').filter((image) => image.getAttribute('id'));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
      const file = path.join(root, 'assets', `icon-${size}.png`);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const image of images) {
      const url = image.getAttribute('DefaultValue') ?? '';
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(image.getAttribute('id')).toContain(`${size}x${size}`);
    }
  });

  it('gives every ribbon icon each size Office asks for, at any scaling', () => {
    const document = parse(manifestText);
    const icons = byLocalName(document, 'Icon');
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) {
      const sizes = [...icon.childNodes].filter((node): node is Element => node.nodeType === 1).map((image) => Number(image.getAttribute('size')));
      expect(sizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    }
  });

  it('is rewritten to the production origin by the build', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require('../../webpack.config.js') as { rewriteManifest: (text: string, origin: string) => string };
    const rewritten = rewriteManifest(manifestText, 'https://jindu.example.gov.cn/addin/');
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('https://jindu.example.gov.cn/addin/taskpane.html');
    expect(rewritten).toContain('<AppDomain>https://jindu.example.gov.cn</AppDomain>');
    expect(manifestProblems(rewritten)).toEqual([]);
  });
});
