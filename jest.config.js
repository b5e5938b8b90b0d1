/** Node tests (core, functions, CLI, samples, manifest, Excel adapter) and jsdom component tests. */
const ts = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];
module.exports = {
  // property tests run hundreds of workbooks; the 2-core CI machine runs two jest workers beside webpack's cache
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/benih.ts'],
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      // resolve packages to their Node builds (ExcelJS's uuid ships ESM-only browser files)
      testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/jsdom.ts', '<rootDir>/test/helpers/benih.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': ts },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
