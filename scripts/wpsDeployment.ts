/**
 * The deployment files of the WPS 表格 加载项, as Kingsoft's wpsjs toolkit lays them out (its `wpsjs
 * publish` and `wpsjs build` output; WPS 开放平台 "加载项部署": jsplugins.xml 模式 and publish 模式):
 * - 在线模式: WPS clients load the 加载项 from an intranet HTTP server. `jsplugins.xml` (one list for a
 *   whole site, named by `JSPluginsServer` in WPS's oem.ini) or `publish.xml` (one user's list, in their
 *   jsaddons folder) holds a `jspluginonline` entry with the served folder's URL.
 * - 离线模式: WPS downloads a packed 加载项 once (`jsplugin` entry with the archive's URL and a version) and
 *   runs it from its jsaddons folder, as `<name>_<version>`; a machine without any server can be given that
 *   folder directly.
 */

export const ADDIN_NAME = 'jindu';

export interface DeploymentOptions {
  /** URL of the served 加载项 folder (在线模式), ending in `/`. */
  readonly onlineUrl: string;
  /** URL of the 离线模式 archive. */
  readonly offlineUrl: string;
  readonly version: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function jspluginsDocument(entry: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;
}

/** The entry of 在线模式: WPS 表格 (`type="et"`) loads index.html and ribbon.xml from `url` at every start. */
export function onlineJsplugins(options: DeploymentOptions): string {
  return jspluginsDocument(`<jspluginonline name="${ADDIN_NAME}" type="et" url="${escapeAttribute(options.onlineUrl)}" enable="true" install="null" debug="" customDomain=""/>`);
}

/** The entry of 离线模式: WPS 表格 fetches the archive once per version and runs it locally. */
export function offlineJsplugins(options: DeploymentOptions): string {
  return jspluginsDocument(`<jsplugin name="${ADDIN_NAME}" type="et" version="${escapeAttribute(options.version)}" url="${escapeAttribute(options.offlineUrl)}" enable="true"/>`);
}

/** The folder name WPS unpacks a 离线模式 archive into, inside its jsaddons folder. */
export function offlineFolderName(version: string): string {
  return `${ADDIN_NAME}_${version}`;
}

/** Checks a URL an IT department passes in: http(s) or file, absolute, and a folder where one is needed. */
export function checkedUrl(value: string, { folder }: { folder: boolean }): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`not an absolute URL: ${value}`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) throw new Error(`WPS loads 加载项 over http, https or file, not ${url.protocol} (${value})`);
  if (folder && !url.pathname.endsWith('/')) return `${url.toString()}/`;
  return url.toString();
}
