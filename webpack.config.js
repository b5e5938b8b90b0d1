/**
 * Two builds:
 *  - web (dist/): taskpane.html (+ functions in the shared runtime), functions.js, functions.json
 *    (generated from JSDoc by custom-functions-metadata-plugin), commands.html, demo.html, assets, manifest.xml
 *  - node (dist/cli.js): the `sakip` CLI
 */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { manifestProduksi } = require('./scripts/manifest');

const sampel = path.resolve(__dirname, '..', 'shared', 'samples');
const pkg = require('./package.json');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
  },
};

function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return devCerts.getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  // the production manifest: built when the add-in's address is given (--env url=https://... or SAKIP_URL)
  const urlProduksi = env.url || process.env.SAKIP_URL;
  if (env.produksi && !urlProduksi)
    throw new Error(
      'build:produksi perlu alamat add-in: SAKIP_URL=https://addin.contoh.go.id/sakip npm run build:produksi',
    );
  const salinManifest = urlProduksi
    ? [
        {
          from: 'manifest.xml',
          to: 'manifest.produksi.xml',
          transform: (isi) =>
            manifestProduksi(isi.toString(), {
              url: urlProduksi,
              dukungan: env.dukungan || process.env.SAKIP_URL_DUKUNGAN,
            }),
        },
      ]
    : [];
  const salinSampel = fs.existsSync(sampel)
    ? [{ from: path.join(sampel, '*.xlsx').replace(/\\/g, '/'), to: 'samples/[name][ext]', noErrorOnMissing: true }]
    : [];
  const web = {
    name: 'web',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      demo: './src/demo/index.tsx',
      // the engine off the UI thread, for the pane in Excel and in the demo (src/taskpane/periksaLatar.ts)
      'pekerja-periksa': './src/taskpane/pekerja.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: { keep: /cli\.js/ } },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS ships a self-contained browser build; the demo uses it instead of Node's streams
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
    },
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __VERSI__: JSON.stringify(pkg.version),
        __SAMPEL__: JSON.stringify(
          fs.existsSync(sampel)
            ? fs
                .readdirSync(sampel)
                .filter((f) => /\.xlsx$/i.test(f))
                .sort()
            : [],
        ),
      }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/bantuan.html', to: 'bantuan.html' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...salinManifest,
          ...salinSampel,
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.PORT || 3000),
      host: process.env.HOST || 'localhost',
      server: env.https ? { type: 'https', options: await httpsOptions() } : 'http',
      open: false,
      client: { overlay: false },
    },
  };
  const cli = {
    name: 'cli',
    target: 'node18',
    devtool: false,
    entry: { cli: './src/cli/bin.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    externalsPresets: { node: true },
    externals: [
      ({ request }, cb) =>
        /^[a-z@][^:]*$/i.test(request) && !request.startsWith('.') ? cb(null, 'commonjs ' + request) : cb(),
    ],
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      {
        apply: (c) => c.hooks.afterEmit.tap('chmod', () => fs.chmodSync(path.resolve(__dirname, 'dist/cli.js'), 0o755)),
      },
    ],
    optimization: { minimize: false },
  };
  if (env.hanya === 'cli') return cli;
  if (env.hanya === 'web') return web;
  return dev && argv.env && argv.env.WEBPACK_SERVE ? web : [web, cli];
};
