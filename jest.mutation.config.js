/** Jest for mutation testing of src/core: the fast pure-engine tests only (no build, no browser). */
// property tests run a tenth of their cases per mutant (test/helpers/fc.ts, test/helpers/mutasi.ts)
process.env.SAKIP_MUTASI = '1';
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/mutasi.ts'],
  testMatch: [
    '<rootDir>/test/core/**/*.test.ts',
    '<rootDir>/test/periksa.test.ts',
    '<rootDir>/test/samples.test.ts',
    '<rootDir>/test/robust/acak.test.ts',
  ],
};
