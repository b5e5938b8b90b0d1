// ESLint (flat config). Scoped for now to the Office.js adapter and the custom functions, with the Office
// add-in rules (load before read, sync after load, no sync in loops, isNullObject for null checks); extend
// `files` (and the folders of `npm run lint`) to lint more of the repository.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const office = officeAddins.rules ? officeAddins : officeAddins.default;
const regelOffice = Object.fromEntries(Object.keys(office.rules).map((r) => [`office-addins/${r}`, 'error']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**'] },
  {
    files: ['src/excel/**/*.ts', 'src/functions/**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { 'office-addins': office },
    languageOptions: { parserOptions: { project: './tsconfig.json' } },
    rules: {
      ...regelOffice,
      // the functions take whatever Excel passes (any[][]), as the custom functions metadata requires
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
