/** Bundles tests/e2e/support/wpsInBrowser.ts into one script a browser page can run before its own. */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

export async function bundleWpsSimulation(): Promise<string> {
  const output = mkdtempSync(path.join(os.tmpdir(), 'jindu-wps-simulation-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.resolve(__dirname, 'wpsInBrowser.ts'),
    output: { path: output, filename: 'simulation.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } } }],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  return readFileSync(path.join(output, 'simulation.js'), 'utf8');
}
