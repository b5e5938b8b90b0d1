/** Jest for mutation testing of src/core: the fast pure-engine tests only (no build, no browser). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/test/core/**/*.test.ts', '<rootDir>/test/periksa.test.ts', '<rootDir>/test/samples.test.ts', '<rootDir>/test/robust/acak.test.ts'],
};
