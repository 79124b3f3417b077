// Imports flow one way (see ARCHITECTURE.md): domain ← url-state, i18n, ui ← features ← app;
// the pipeline is Node-only and nothing in the browser imports it, nor the domain code only
// the pipeline runs (src/domain/pipeline); no cycles anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'src/domain is plain TypeScript: no UI library, no Node, no other folder of src.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        pathNot: ['^src/domain', '(^|/)node_modules/zod/', '(^|/)node_modules/@types/'],
      },
    },
    {
      name: 'shared-below-features',
      severity: 'error',
      from: { path: '^src/(url-state|i18n|ui)' },
      to: { path: '^src/(features|app|pipeline)' },
    },
    {
      name: 'features-below-app',
      severity: 'error',
      from: { path: '^src/features' },
      to: { path: '^src/(app|pipeline)' },
    },
    {
      name: 'browser-never-imports-pipeline',
      severity: 'error',
      from: { path: '^src/(app|features|url-state|i18n|ui)' },
      to: { path: '^src/pipeline' },
    },
    {
      name: 'browser-never-imports-pipeline-domain',
      comment:
        'src/domain/pipeline holds the domain code only the pipeline runs (preprocess, ingest): ' +
        'the browser bundle never loads it, nor does the rest of src/domain.',
      severity: 'error',
      from: { path: '^src/(app|features|url-state|i18n|ui|domain/(?!pipeline/))' },
      to: { path: '^src/domain/pipeline/' },
    },
    {
      name: 'browser-never-imports-node',
      severity: 'error',
      from: { path: '^src/(app|features|url-state|i18n|ui|domain)' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    exclude: { path: '\\.(css|json)$' },
  },
};
