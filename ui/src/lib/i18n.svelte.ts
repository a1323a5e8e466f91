// The UI's words come from the same Fluent files as the Rust side (crates/i18n/locales), so the
// window, the command line and the report never disagree. `t()` reads the current language from
// reactive state, so every text on screen follows a language switch.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../crates/i18n/locales/en.ftl?raw';
import nl from '../../../crates/i18n/locales/nl.ftl?raw';
import type { Language } from './bindings';

export const sources: Record<Language, string> = { nl, en };

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

/** The message `id` in the current language; the id itself if it is missing (a test rules that out). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const b = bundleOf(current.lang);
  const message = b.getMessage(id);
  if (!message?.value) return id;
  return b.formatPattern(message.value, args);
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
