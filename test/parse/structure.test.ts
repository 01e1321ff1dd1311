import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import '../../src/parse/index.js';
import * as vocabulary from '../../src/parse/vocabulary/index.js';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');
const PARSE = join(SRC, 'parse');
const STAGES = ['markdown', 'regions', 'lines', 'event', 'resolve', 'vocabulary'];

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const parsed = (file: string): ts.SourceFile => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The files a source file imports, resolved to paths of .ts files. */
function importsOf(file: string): string[] {
  return parsed(file).statements.flatMap((s) => {
    if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) return [];
    const spec = s.moduleSpecifier.text;
    return spec.startsWith('.') ? [resolve(dirname(file), spec.replace(/\.js$/u, '.ts'))] : [];
  });
}

/** The functions of a file with their length in lines. */
function functionLengths(file: string): Array<{ name: string; lines: number }> {
  const sf = parsed(file);
  const out: Array<{ name: string; lines: number }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n)) {
      const from = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const to = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      out.push({ name: `${relative(ROOT, file)}:${from + 1}`, lines: to - from + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('the reader in stages', () => {
  it('has a folder per stage, each with an index.ts as its one face', () => {
    expect(STAGES.filter((stage) => !statSync(join(PARSE, stage, 'index.ts'), { throwIfNoEntry: false })?.isFile())).toEqual([]);
  });

  it('reaches into a stage from outside only through its index.ts', () => {
    const reachIns = sources(SRC).flatMap((file) => importsOf(file).flatMap((target) => {
      const stage = STAGES.find((s) => target.startsWith(join(PARSE, s) + '/'));
      if (!stage || file.startsWith(join(PARSE, stage) + '/') || target === join(PARSE, stage, 'index.ts')) return [];
      return [`${relative(ROOT, file)} → ${relative(ROOT, target)}`];
    }));
    expect(reachIns).toEqual([]);
  });

  it('is reached from outside src/parse only through src/parse/index.ts', () => {
    const reachIns = sources(SRC).filter((f) => !f.startsWith(PARSE + '/')).flatMap((file) =>
      importsOf(file).filter((t) => t.startsWith(PARSE + '/') && t !== join(PARSE, 'index.ts')).map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`));
    expect(reachIns).toEqual([]);
  });

  it('has no function in src/parse longer than 80 lines', () => {
    expect(sources(PARSE).flatMap(functionLengths).filter((f) => f.lines > 80)).toEqual([]);
  });

  it('keeps word lists in the vocabulary: no list of five or more words anywhere else in src/parse', () => {
    const lists = sources(PARSE).filter((f) => !f.startsWith(join(PARSE, 'vocabulary'))).flatMap((file) => {
      const found: string[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isArrayLiteralExpression(n) && n.elements.filter((e) => ts.isStringLiteral(e)).length >= 5) found.push(`${relative(ROOT, file)}: ${n.getText().slice(0, 60)}`);
        ts.forEachChild(n, visit);
      };
      visit(parsed(file));
      return found;
    });
    expect(lists).toEqual([]);
  });
});

/** Every word list of the vocabulary, by its exported name (records by their keys, pairs by their first word). */
function wordLists(): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const [name, value] of Object.entries(vocabulary)) {
    // The kinds are ordered pairs of a kind and its words: checked over all kinds below.
    if (typeof value === 'function' || name === 'KIND_KEYWORDS') continue;
    if (value instanceof Set) out.push([name, [...value].map(String)]);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out.push([name, value as string[]]);
    else if (Array.isArray(value)) out.push([name, (value as unknown as unknown[][]).map((pair) => (Array.isArray(pair[1]) ? `${String(pair[0])}` : `${String(pair[0])}→${String(pair[1])}`))]);
    else if (value && typeof value === 'object') out.push([name, Object.keys(value)]);
  }
  return out;
}

describe('one vocabulary', () => {
  it('has word lists to check', () => {
    expect(wordLists().length).toBeGreaterThanOrEqual(30);
  });

  it.each(wordLists())('lists each word of %s once', (_name, words) => {
    const seen = new Set<string>();
    const twice = words.filter((w) => {
      const key = w.toLowerCase();
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    expect(twice).toEqual([]);
  });

  it('writes no word twice in any list of the vocabulary’s source (a Set would hide it)', () => {
    const twice = sources(join(PARSE, 'vocabulary')).flatMap((file) => {
      const found: string[] = [];
      const visit = (n: ts.Node): void => {
        // Pairs inside a list (`['“', '”']`, `['hosted by ', null]`) are not lists of words.
        if (ts.isArrayLiteralExpression(n) && !ts.isArrayLiteralExpression(n.parent)) {
          const words = n.elements.filter(ts.isStringLiteral).map((e) => e.text.toLowerCase());
          for (const [i, w] of words.entries()) if (words.indexOf(w) !== i) found.push(`${relative(ROOT, file)}: ${w}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(parsed(file));
      return found;
    });
    expect(twice).toEqual([]);
  });

  it('lists each word of the kinds once, over all kinds', () => {
    const words = vocabulary.KIND_KEYWORDS.flatMap(([, list]) => list);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('gives each label of a part one meaning: agenda, talks or speakers', () => {
    const all = [...vocabulary.AGENDA_LABELS, ...vocabulary.TALKS_LABELS, ...vocabulary.SPEAKERS_LABELS];
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });

  it('builds only patterns without super-linear backtracking (the lint the literal patterns get)', () => {
    const patterns = vocabulary.builtPatterns();
    expect(patterns.length).toBeGreaterThanOrEqual(25);
    const code = patterns.map((p, i) => `const p${i} = /${p.source}/${p.flags};`).join('\n');
    const messages = new Linter({ configType: 'flat' }).verify(code, [
      { plugins: { regexp }, rules: { 'regexp/no-super-linear-backtracking': 'error' } },
    ]);
    expect(messages.map((m) => `${code.split('\n')[m.line - 1]!.slice(0, 80)}: ${m.message}`)).toEqual([]);
  });
});
