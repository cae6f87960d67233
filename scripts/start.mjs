// `npm start`: serves the pane on https://localhost:3000 and sideloads it into Excel desktop where Excel is
// installed; elsewhere prints the standalone page's address. Certificates come from office-addin-dev-certs;
// where they cannot be installed we say so and serve with a self-signed certificate anyway.
import { existsSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { homedir, platform } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifestPath = path.join(root, 'manifest.xml');
const PANE_URL = 'https://localhost:3000/taskpane.html';

function say(zh, en) {
  console.log(`${zh}\n  ${en}`);
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))]);
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const canInstall = platform() === 'win32' || platform() === 'darwin' || (typeof process.getuid === 'function' && process.getuid() === 0);
  try {
    if (canInstall) {
      const options = await withTimeout(devCerts.getHttpsServerOptions(), 60000);
      return { type: 'https', options: { key: options.key, cert: options.cert, ca: options.ca } };
    }
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');
    if (!existsSync(localhostCertificatePath)) await withTimeout(devCerts.generateCertificates(), 60000);
    say(
      '未能安装开发证书（需要管理员权限）：浏览器会提示证书不受信任，可手动信任后继续。',
      'The development certificate could not be installed (needs admin rights); the browser will warn about it.',
    );
    return {
      type: 'https',
      options: { key: readFileSync(localhostKeyPath), cert: readFileSync(localhostCertificatePath), ca: readFileSync(caCertificatePath) },
    };
  } catch (error) {
    const reason = String(error.message).trim();
    const generated = generatedCertificates();
    say(
      `开发证书未能安装（${reason}），${generated ? '仍使用已生成的开发证书' : '改用自签名证书'}继续提供服务；浏览器会提示证书不受信任。`,
      `The development certificate could not be installed (${reason}); serving with ${generated ? 'the generated, uninstalled certificate' : 'a self-signed certificate'} anyway. The browser will warn about it.`,
    );
    return generated ?? 'https';
  }
}

/** The certificates office-addin-dev-certs generated, even when installing its CA failed; null when absent. */
function generatedCertificates() {
  try {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) return null;
    return {
      type: 'https',
      options: { key: readFileSync(localhostKeyPath), cert: readFileSync(localhostCertificatePath), ca: readFileSync(caCertificatePath) },
    };
  } catch {
    return null;
  }
}

function manifestId() {
  const match = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifestPath, 'utf8'));
  return match ? match[1] : 'jindu';
}

/** Registers the manifest with Excel desktop the way Office's own sideloading tools do; false when no Excel. */
function sideloadIntoExcel() {
  if (platform() === 'win32') {
    const candidates = ['ProgramFiles', 'ProgramFiles(x86)'].flatMap((variable) =>
      ['Microsoft Office\\root\\Office16\\EXCEL.EXE', 'Microsoft Office\\Office16\\EXCEL.EXE'].map((tail) =>
        path.join(process.env[variable] ?? 'C:\\Program Files', tail),
      ),
    );
    const excel = candidates.find((candidate) => existsSync(candidate));
    if (!excel) return false;
    execFileSync('reg', ['add', 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer', '/v', manifestId(), '/t', 'REG_SZ', '/d', manifestPath, '/f']);
    spawn(excel, [], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  if (platform() === 'darwin' && existsSync('/Applications/Microsoft Excel.app')) {
    const wef = path.join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    mkdirSync(wef, { recursive: true });
    copyFileSync(manifestPath, path.join(wef, `${manifestId()}.manifest.xml`));
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  return false;
}

const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'development' });
const server = new WebpackDevServer({ ...config.devServer, server: await httpsOptions(), open: false }, webpack(config));
await server.start();

if (sideloadIntoExcel()) {
  say('已在 Excel 中加载进度助手：在“开始”选项卡点击“进度助手”。', 'Jindu is sideloaded into Excel: click Jindu on the Home tab.');
} else {
  say(`本机未发现 Excel 桌面版。请在浏览器中打开：${PANE_URL}`, `No Excel desktop found here. Open the standalone page: ${PANE_URL}`);
  say(
    `Excel 网页版：插入 → 加载项 → 上传我的加载项，选择 ${manifestPath}`,
    `Excel on the web: Insert → Add-ins → Upload My Add-in, and choose ${manifestPath}`,
  );
}
say('按 Ctrl+C 停止服务。', 'Press Ctrl+C to stop.');
