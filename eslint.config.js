// Lint for correctness, with Salesforce's rules (eslint-config-salesforce and -typescript, written for
// eslint 8's legacy configuration) carried over where they apply; formatting is left to the editor.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // *.generated.ts: ajv's standalone output (scripts/schema-validators.js), not written by hand: npm test checks it
  // is what the schema compiles to, and its code is ajv's, with ajv's style.
  { ignores: ['lib/**', 'node_modules/**', 'examples/**', 'coverage/**', '**/*.d.ts', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // eslint-config-salesforce
      'arrow-body-style': 'error',
      'prefer-arrow-callback': 'error',
      complexity: ['error', 20],
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
      'guard-for-in': 'error',
      'no-await-in-loop': 'error',
      'no-caller': 'error',
      'no-eval': 'error',
      'no-lonely-if': 'error',
      'no-new-wrappers': 'error',
      'no-param-reassign': ['error', { props: true }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/../lib/**', 'lib/**'], message: 'Import from src, not from lib: lib is a build artifact.' }] },
      ],
      'no-throw-literal': 'error',
      'no-undef-init': 'error',
      'no-unused-expressions': 'error',
      'no-var': 'error',
      'object-shorthand': 'error',
      'one-var': ['error', 'never'],
      'prefer-const': 'error',
      'prefer-spread': 'error',
      radix: 'error',
      // eslint-config-salesforce-typescript
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNullish: false, allowBoolean: true, allowNumber: true }],
      '@typescript-eslint/consistent-type-assertions': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/explicit-member-accessibility': ['error', { accessibility: 'explicit' }],
      '@typescript-eslint/member-ordering': 'error',
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      '@typescript-eslint/return-await': 'error',
      '@typescript-eslint/prefer-for-of': 'error',
      '@typescript-eslint/prefer-function-type': 'error',
      '@typescript-eslint/prefer-includes': 'error',
      '@typescript-eslint/prefer-nullish-coalescing': 'error',
      '@typescript-eslint/prefer-optional-chain': 'error',
      '@typescript-eslint/prefer-reduce-type-parameter': 'error',
      '@typescript-eslint/prefer-string-starts-ends-with': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/unified-signatures': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-duplicate-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Tests state expectations with chai's property assertions (expect(x).to.be.true).
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-unused-expressions': 'off' },
  },
  {
    // The emulator is a database: its triggers and projections change the rows they are handed, as Salesforce's do.
    files: ['test/emulator/**/*.ts'],
    rules: { 'no-param-reassign': 'off' },
  },
  {
    // A benchmark measures one thing at a time: its awaits in loops are the point.
    files: ['bench/**/*.ts'],
    rules: { 'no-await-in-loop': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  }
);
