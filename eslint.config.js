// ESLint over src/, scripts/ and tests/: typescript-eslint's type-checked recommended rules on
// TypeScript (floating and misused promises, explicit and unsafe `any`), eslint-plugin-astro's
// recommended rules on .astro components. `npm run lint` allows no warning.
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', 'node_modules/', 'src/env.d.ts'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { bbox, ...rest } = x` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  ...astro.configs['flat/recommended'],
);
