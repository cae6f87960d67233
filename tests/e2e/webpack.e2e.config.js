/**
 * The page the browser tests run against: the intranet build (office.js served from the build itself)
 * in production mode, minified with esbuild instead of terser — seconds instead of minutes for the
 * 4.6 MB pane chunk. esbuild's output is a few per cent larger than terser's, so the first-chunk size
 * check made on it is on the safe side. Falls back to webpack's own minifier when esbuild is missing.
 */
const pageConfig = require('../../webpack.config.js');

function esbuildMinimizer() {
  try {
    require.resolve('esbuild');
    const MinimizerPlugin = require('minimizer-webpack-plugin');
    // office.js comes minified from Microsoft and is served as it is.
    return new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, extractComments: false, exclude: /^office-js\// });
  } catch {
    return '...';
  }
}

module.exports = (env = {}, argv = {}) => {
  const config = pageConfig({ ...env, officeJs: 'local' }, { ...argv, mode: 'production' });
  return {
    ...config,
    devtool: false,
    optimization: { ...config.optimization, minimize: true, minimizer: [esbuildMinimizer()] },
  };
};
