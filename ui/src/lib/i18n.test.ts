// @vitest-environment node
// Every message the UI code asks for exists in Dutch and in English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasMessage, isolated, t } from './i18n.svelte';
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

describe('typed values in messages', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  // Embeddings, overrides and isolates: none may reach the screen from a typed value.
  const controls = /[\u202A-\u202E\u2066\u2067]/;

  it('leave plain names exactly as typed', () => {
    for (const name of ['Anna de Vries', 'Súdwest-Fryslân', "O'Brien & <b>Zoon</b>", 'Ĳsselstein', '']) {
      expect(isolated(name)).toBe(name);
      expect(t('home-greeting', { name })).toBe(`Welkom, ${name}`);
    }
    expect(t('workshop-meta', { date: '1 maart 2027', place: 'Zaal 2', trainer: 'Piet' })).toBe(
      '1 maart 2027 · Zaal 2 · trainer Piet',
    );
    // Numbers are no typed text: untouched.
    expect(t('overview-count', { shown: 3, total: 12 })).toBe('3 van 12 medewerkers');
  });

  it('cannot turn the rest of a message around with a right-to-left override', () => {
    // "Zaal 1" typed with an override before it: the words after the place keep their order.
    const meta = t('workshop-meta', { date: '1 maart 2027', place: 'Zaal \u202E1 laaz', trainer: 'Piet' });
    expect(meta).not.toMatch(controls);
    expect(meta).toBe('1 maart 2027 · Zaal 1 laaz · trainer Piet');
    expect(t('home-greeting', { name: 'Anna \u202Ekcab' })).toBe('Welkom, Anna kcab');
    // An isolate closed too early, an embedding left open: taken out as well.
    const sure = t('remove-learner-sure', { name: '\u2069\u202BPiet\u2067' });
    expect(sure).not.toMatch(controls);
    expect(sure.startsWith('Piet en alle voortgang')).toBe(true);
  });

  it('isolates right-to-left names, so they cannot reorder the words around them', () => {
    const name = '\u202Eمحمد العلي';
    const meta = t('workshop-meta', { date: '1 maart 2027', place: 'Den Haag', trainer: name });
    expect(meta).toBe(`1 maart 2027 · Den Haag · trainer ${FSI}محمد العلي${PDI}`);
    const sure = t('remove-learner-sure', { name: 'שרה \u202Ekcab' });
    expect(sure).not.toMatch(controls);
    expect(sure.startsWith(`${FSI}שרה kcab${PDI} en alle voortgang worden definitief verwijderd`)).toBe(true);
    // Every FSI has its PDI, and the message's own words follow the last one unchanged.
    expect(sure.split(FSI).length).toBe(sure.split(PDI).length);
    expect(sure.slice(sure.lastIndexOf(PDI) + 1)).toBe(' dan ook. Certificaten van deze persoon zijn daarna niet meer te controleren. Oudere reservekopieën bevatten de gegevens nog tot ze worden opgeruimd.');
    // A right-to-left mark has no scope of its own, but is isolated too.
    expect(isolated('Anna\u200F')).toBe(`${FSI}Anna\u200F${PDI}`);
  });
});
