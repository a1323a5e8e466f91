// @vitest-environment node
// Every message the UI code asks for exists in Dutch and in English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasMessage } from './i18n.svelte';
import { ROLES } from './roles';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const used = new Set<string>();
for (const file of sourceFiles(srcDir)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]);
}
for (const role of ROLES) used.add(`role-${role}`);
// Ids built at run time: contact placeholders and the module buttons.
for (const c of ['meldpunt', 'aov', 'zvh', 'wijkagent']) used.add(`contact-${c}`);
for (const a of ['module-start', 'module-continue', 'module-review']) used.add(a);
for (const s of ['balie', 'huisbezoek', 'school', 'wijk', 'online', 'kantoor', 'jongerenwerk', 'anders']) used.add(`setting-${s}`);
for (const q of ['good', 'acceptable', 'poor']) used.add(`quality-${q}`);
for (const k of ['single', 'multiple', 'sort', 'order']) used.add(`check-hint-${k}`);
for (const n of [1, 2, 3, 4, 5]) used.add(`effect-level-${n}`);

describe('translations', () => {
  it('finds the messages the UI uses', () => {
    expect(used.size).toBeGreaterThan(30);
  });
  for (const lang of ['nl', 'en'] as const) {
    it(`has every used message in ${lang}`, () => {
      const missing = [...used].filter((id) => !hasMessage(lang, id));
      expect(missing).toEqual([]);
    });
  }
});

/** The markup of a Svelte file with scripts, styles, comments, `{…}` expressions and tags taken out. */
function visibleText(source: string): string {
  let markup = source
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  // Expressions may nest braces ({#each …}, {t('x', { n })}): drop them by depth.
  let out = '';
  let depth = 0;
  for (const c of markup) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  markup = out.replace(/<[^>]*>/g, ' ');
  return markup;
}

/** Literal texts in attributes a user (or a screen reader) meets. */
function literalAttributes(source: string): string[] {
  const markup = source.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  return [...markup.matchAll(/\b(aria-label|title|placeholder|alt|aria-description)="([^"{]*[A-Za-z][^"{]*)"/g)].map((m) => `${m[1]}="${m[2]}"`);
}

describe('UI code', () => {
  const files = sourceFiles(srcDir).filter((f) => f.endsWith('.svelte'));
  it('has Svelte files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of files) {
    const name = file.slice(srcDir.length);
    it(`${name} shows no text that bypasses the translations`, () => {
      const source = readFileSync(file, 'utf8');
      // Symbols such as arrows, dashes and separators are not words.
      const words = visibleText(source).match(/\p{L}{2,}/gu) ?? [];
      expect(words).toEqual([]);
      expect(literalAttributes(source)).toEqual([]);
    });
  }
});
