// Only what `npm run lint` enforces: no regular expression with super-linear backtracking,
// so no line of notes can make the parser slow (eslint-plugin-regexp).
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
    },
  },
];
