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

/** Imports that files matching `files` may not make: packages by name, folders by pattern. */
function boundary(files, msg, { packages, patterns }) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message: msg })),
          patterns: patterns.map((p) => (typeof p === 'string' ? { regex: p, message: msg } : p)),
        },
      ],
    },
  };
}

const htmlSinks = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: message.html },
  { selector: 'MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML)$/]', message: message.html },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: message.html },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: message.html },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: message.html },
];

export default tseslint.config(
  // Build output, generated files, and what the e2e suite bundles at run time (test/.tmp, as in .gitignore).
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/.tmp/**', 'data/**', 'docs/**', '**/*.generated.ts'] },
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
  boundary('lib/**', message.libPure, {
    packages: ['wxt/browser', 'webextension-polyfill'],
    patterns: ['^wxt(/|$)', folder('(components|entrypoints|runtime)')],
  }),
  boundary('components/**', message.componentsNoBrowser, {
    packages: ['wxt/browser', 'webextension-polyfill'],
    patterns: [{ regex: folder('entrypoints'), message: message.componentsNoEntry }],
  }),
);
