/**
 * webpack 5 build of the WPS 表格 加载项 (`npm run build:wps`): the index page with the ribbon's callbacks,
 * the pane (the same React pane as in Excel, on the WPS host), ribbon.xml and its images, into
 * dist-wps/jindu/. scripts/package-wps.mjs then writes the deployment files beside it. Nothing is loaded
 * from the internet: WPS reads every file from the intranet server (在线模式) or its own cache (离线模式).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy } = require('./webpack.config.js');

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  // The same policy as the intranet pane: the page's own origin only.
  const policy = contentSecurityPolicy('local', mode);
  return {
    mode,
    devtool: mode === 'development' ? 'eval-source-map' : false,
    entry: {
      main: './src/wps/main.ts',
      pane: './src/wps/pane.tsx',
    },
    output: {
      path: path.resolve(__dirname, env.outputPath ?? 'dist-wps/jindu'),
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
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['main'], contentSecurityPolicy: policy }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane.html', chunks: ['pane'], contentSecurityPolicy: policy }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/wps', to: 'images' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
