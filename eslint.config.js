// ESLint (flat config) with typescript-eslint's parser. The rule set is small on purpose: the layer
// boundaries and the HTML-string ban that review cannot be trusted to catch every time, plus a few
// correctness rules the code already meets. Formatting is left alone (no formatter rewrites files).
import tseslint from 'typescript-eslint';

const message = {
  libPure: 'lib/ is pure: no extension APIs (put browser glue in runtime/ or the entrypoint), no UI, no entrypoint code.',
  componentsNoEntry: 'components/ take props; they never reach into an entrypoint.',
  componentsNoBrowser: 'components/ do not call extension APIs directly: go through runtime/.',
  html: 'No HTML strings: build nodes (createElement, textContent) or JSX. YouTube enforces Trusted Types, and the page is not ours.',
};

// A pattern for both spellings of a folder import: the `@/` alias and a relative path.
const folder = (name) => `(^@/|(^|/)\\.\\.?/(.*/)?)${name}(/|$)`;

const htmlSinks = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: message.html },
  { selector: "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML)$/]", message: message.html },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: message.html },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: message.html },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: message.html },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'data/**', 'docs/**', '**/*.generated.ts'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-debugger': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-dupe-keys': 'error',
      'no-self-compare': 'error',
      'no-unsafe-finally': 'error',
    },
  },
  {
    // Shipped code, and the fixture pages (served with YouTube's Trusted Types, so they must not cheat either).
    files: ['lib/**', 'components/**', 'entrypoints/**', 'runtime/**', 'test/fixtures/sites/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks], 'no-script-url': 'error' },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'wxt/browser', message: message.libPure },
          { name: 'webextension-polyfill', message: message.libPure },
        ],
        patterns: [
          { regex: '^wxt(/|$)', message: message.libPure },
          { regex: folder('(components|entrypoints|runtime)'), message: message.libPure },
        ],
      }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'wxt/browser', message: message.componentsNoBrowser },
          { name: 'webextension-polyfill', message: message.componentsNoBrowser },
        ],
        patterns: [{ regex: folder('entrypoints'), message: message.componentsNoEntry }],
      }],
    },
  },
);
