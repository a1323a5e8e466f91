// The UI's words come from the same Fluent files as the Rust side (crates/i18n/locales), so the
// window, the command line and the report never disagree. `t()` reads the current language from
// reactive state, so every text on screen follows a language switch.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../crates/i18n/locales/en.ftl?raw';
import nl from '../../../crates/i18n/locales/nl.ftl?raw';
import type { Language } from './bindings';

export const sources: Record<Language, string> = { nl, en };

// Fluent's own isolation is off: it would put invisible marks around every value, and the tests
// compare exact texts. Values that could turn text around are isolated by `isolated` instead.
function bundle(lang: Language): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  const errors = b.addResource(new FluentResource(sources[lang]));
  if (errors.length) console.error(`locales/${lang}.ftl`, errors);
  return b;
}

// Parsed on first use: the first screen needs one language, not both.
const bundles: Partial<Record<Language, FluentBundle>> = {};
const bundleOf = (lang: Language): FluentBundle => (bundles[lang] ??= bundle(lang));
const current = $state<{ lang: Language }>({ lang: 'nl' });

export function language(): Language {
  return current.lang;
}

export function setLanguage(lang: Language) {
  current.lang = lang;
  document.documentElement.lang = lang;
}

/** Unicode's explicit direction controls: embeddings, overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). One typed or pasted into a name would turn the rest of the message around. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
 * forms, and the right-to-left scripts beyond the BMP) and the direction marks. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200E\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

// First strong isolate and pop directional isolate; built from code points, so that no direction
// control stands in the (compiled) source.
const FSI = String.fromCodePoint(0x2068);
const PDI = String.fromCodePoint(0x2069);

/** A typed value as a message shows it: without direction controls (as the PDFs print it), and
 * between FSI and PDI when it holds right-to-left text, so that it cannot reorder the words
 * around it. Anything else comes out as it went in. */
export function isolated(value: string): string {
  const clean = value.replace(DIRECTION_CONTROLS, '');
  return RIGHT_TO_LEFT.test(clean) ? `${FSI}${clean}${PDI}` : clean;
}

/** The message `id` in the current language; the id itself if it is missing (a test rules that out). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const b = bundleOf(current.lang);
  const message = b.getMessage(id);
  if (!message?.value) return id;
  const safe = args && Object.fromEntries(
    Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? isolated(v) : v]),
  );
  return b.formatPattern(message.value, safe);
}

export function hasMessage(lang: Language, id: string): boolean {
  return bundleOf(lang).hasMessage(id);
}

/** A date as officials write it: "29 november 2026" / "29 November 2026". */
export function formatDate(iso: string): string {
  const locale = current.lang === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}
