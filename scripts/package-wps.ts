// `npm run build:wps`, after webpack has built dist-wps/jindu/: writes the deployment files beside it.
//
//   dist-wps/jindu/                 the 加载项 (serve this folder for 在线模式)
//   dist-wps/jsplugins.xml          在线模式, for a whole site (oem.ini JSPluginsServer=<URL of this file>)
//   dist-wps/publish.xml            在线模式, for one user (copied into their jsaddons folder)
//   dist-wps/offline/jindu_<v>.zip  离线模式 archive, and jindu_<v>/ unpacked
//   dist-wps/offline/jsplugins.xml  离线模式 entry pointing at the archive
//
// JINDU_WPS_URL           URL the jindu/ folder is served at (default http://127.0.0.1:8080/jindu/)
// JINDU_WPS_OFFLINE_URL   URL of the archive (default: offline/jindu_<v>.zip beside jindu/ on that server)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipFiles } from '../src/adapters/xlsx/zipFiles';
import { checkedUrl, offlineFolderName, offlineJsplugins, onlineJsplugins } from './wpsDeployment';

const root = path.resolve(__dirname, '..');
const dist = path.resolve(root, process.env.JINDU_WPS_DIST ?? 'dist-wps');
const addin = path.join(dist, 'jindu');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const onlineUrl = checkedUrl(process.env.JINDU_WPS_URL ?? 'http://127.0.0.1:8080/jindu/', { folder: true });
const offlineUrl = checkedUrl(process.env.JINDU_WPS_OFFLINE_URL ?? new URL(`../offline/${offlineFolderName(version)}.zip`, onlineUrl).toString(), { folder: false });
const options = { onlineUrl, offlineUrl, version };

function filesUnder(folder: string, prefix = ''): { name: string; bytes: Uint8Array }[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const full = path.join(folder, entry);
      return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${entry}/`) : [{ name: `${prefix}${entry}`, bytes: readFileSync(full) }];
    });
}

for (const required of ['index.html', 'taskpane.html', 'ribbon.xml']) {
  if (!statSync(path.join(addin, required), { throwIfNoEntry: false })) throw new Error(`${required} is missing from ${addin}: run webpack first (npm run build:wps)`);
}

writeFileSync(path.join(dist, 'jsplugins.xml'), onlineJsplugins(options));
writeFileSync(path.join(dist, 'publish.xml'), onlineJsplugins(options));

const offline = path.join(dist, 'offline');
rmSync(offline, { recursive: true, force: true });
mkdirSync(offline, { recursive: true });
const folder = offlineFolderName(version);
cpSync(addin, path.join(offline, folder), { recursive: true });
// The archive holds the 加载项's files at its top level, as wpsjs build packs them.
writeFileSync(path.join(offline, `${folder}.zip`), zipFiles(filesUnder(addin)));
writeFileSync(path.join(offline, 'jsplugins.xml'), offlineJsplugins(options));

console.log(`WPS 加载项 ${version}: ${path.relative(root, dist)}/ (在线模式 ${onlineUrl}; 离线模式 ${offlineUrl})`);
