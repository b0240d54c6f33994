// Bundles the IDE into dist/: graphiql.js + graphiql.css (the page) and Monaco's three workers.
// Run by the MSBuild target BuildGraphiQL (npm ci, then node build.mjs) or by hand.
import { build } from 'esbuild';

const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: '[name]',
};

await build({
  ...common,
  entryPoints: { graphiql: 'graphiql.jsx' },
  format: 'esm',
  outdir: 'dist',
  jsx: 'automatic',
});

await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
  outdir: 'dist',
});
