/**
 * webpack 5 build of the pane and the ribbon commands.
 *
 * Environment:
 *   JINDU_URL        production origin the manifest points to (default: https://localhost:3000)
 *   JINDU_OFFICE_JS  "cdn" (default, Microsoft's CDN) or "local" (office.js served from this deployment,
 *                    for intranets without internet; copied from the @microsoft/office-js package)
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The manifest with its development origin replaced by the production one. */
function rewriteManifest(content, productionUrl) {
  const base = productionUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  return content
    .toString()
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(`${base}/`);
}

/**
 * The pane's Content-Security-Policy: no request to any host but the page's own, so files opened in the
 * page never leave the machine. Microsoft's CDN is allowed for scripts only, and only when office.js
 * comes from it. Fluent UI inserts its styles at runtime, hence 'unsafe-inline' for styles; the
 * development build evaluates its source maps and talks to the dev server over a websocket.
 */
function contentSecurityPolicy(officeJs, mode) {
  const development = mode === 'development';
  const scripts = ["'self'", ...(officeJs === 'cdn' ? [new URL(OFFICE_JS_CDN).origin] : []), ...(development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The office.js the intranet build packs: `office-js/` when `scripts/refresh-office-js.mjs` filled it from
 * Microsoft's CDN (current, with ExcelApi 1.18 notes), else the frozen npm copy (1.1.110, no notes).
 */
function localOfficeJsFolder() {
  const refreshed = path.resolve(__dirname, 'office-js');
  return fs.existsSync(path.join(refreshed, 'office.js')) ? refreshed : path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const productionOrigin = env.url ?? process.env.JINDU_URL ?? DEV_ORIGIN;
  const officeJs = env.officeJs ?? process.env.JINDU_OFFICE_JS ?? 'cdn';
  if (officeJs !== 'cdn' && officeJs !== 'local') throw new Error(`JINDU_OFFICE_JS must be "cdn" or "local", got ${officeJs}`);
  const officeJsUrl = officeJs === 'local' ? 'office-js/office.js' : OFFICE_JS_CDN;

  const copyPatterns = [
    { from: 'assets', to: 'assets' },
    { from: 'src/taskpane/help.html', to: 'help.html' },
    { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, productionOrigin) },
  ];
  if (officeJs === 'local') {
    // Microsoft's files go out as published (minifying 86 MB of them again took minutes and changed them).
    copyPatterns.push({ from: localOfficeJsFolder(), to: 'office-js', info: { minimized: true } });
  }

  return {
    mode,
    devtool: mode === 'development' ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/entries/pane.tsx',
      commands: './src/ribbon/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsUrl,
        contentSecurityPolicy: contentSecurityPolicy(officeJs, mode),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/ribbon/commands.html',
        chunks: ['commands'],
        officeJsUrl,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.localOfficeJsFolder = localOfficeJsFolder;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
