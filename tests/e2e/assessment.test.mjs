// The coordinator's part in the real app: the municipality's profile and contacts, "Wie bel ik?",
// the whole self-assessment, the council report as a real PDF, and a second assessment a year
// later that the report compares with the first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

// The questionnaire's themes and items (ids are stable; content/default/assessment.toml).
const THEMES = [
  ['visie-en-plan', 'Visie en plan', ['lokale-analyse', 'doelen-en-interventies', 'ivp-en-uitvoeringsplan']],
  ['coordinatie', 'Coördinatie', ['vaste-contactpersoon', 'vervanging-en-terugval', 'capaciteit']],
  ['melden-en-wegen', 'Melden en wegen', ['meldpunt', 'weegploeg-en-criteria', 'terugkoppeling-en-vastlegging']],
  ['opleiding', 'Opleiding en kennis', ['opleidingsplan-per-functie', 'aandeel-opgeleid', 'kennis-op-peil']],
  ['netwerk', 'Netwerk', ['professionals-in-de-aanpak', 'professionals-in-de-frontlinie', 'sleutelfiguren']],
  ['informatie-delen', 'Informatie delen', ['werkwijze-informatie-delen', 'grondslag-en-convenant', 'verwerkingsregister']],
  ['casusoverleg-pga', 'Casusoverleg en persoonsgerichte', ['regie-en-rollen', 'plan-van-aanpak', 'monitoren-en-afsluiten']],
  ['preventie', 'Preventie zonder stigma', ['reguliere-aanpak', 'beschermende-factoren', 'zonder-stigma']],
  ['detentie-en-terugkeer', 'Detentie, terugkeer en families', ['voorbereiding-tijdens-detentie', 'basisvoorwaarden', 'families-en-minderjarigen']],
  ['regionale-samenwerking', 'Regionale samenwerking', ['afspraken-zorg-en-veiligheidshuis', 'gedeelde-voorzieningen', 'regionale-kennisdeling']],
  ['communicatie-en-spanningen', 'Communicatie en maatschappelijke', ['spanningen-in-beeld', 'protocol-onrust', 'depolariseren']],
  ['monitoring-en-budget', 'Monitoring, evaluatie en budget', ['evaluatie', 'budget', 'verantwoording-en-herhaling']],
];

/** What the test answers: a level per item, with one "not applicable" and one "don't know". */
function answerFor(theme, t, i) {
  if (theme === 'preventie' && i === 2) return 'not-applicable';
  if (theme === 'detentie-en-terugkeer' && i === 1) return 'dont-know';
  return String((t + i) % 5);
}

/** The score the report must show per theme: the mean of the levels given ("2,3"). */
function expectedScore(t) {
  const [theme, , items] = THEMES[t];
  const levels = items
    .map((item, i) => (item === 'aandeel-opgeleid' ? null : answerFor(theme, t, i)))
    .filter((a) => a !== null && /^\d$/.test(a))
    .map(Number);
  return (levels.reduce((a, b) => a + b, 0) / levels.length).toFixed(1).replace('.', ',');
}

async function fill(app, css, text) {
  const el = await app.waitFor(css);
  await app.clear(el);
  await app.type(el, text);
}

async function createAssessment(app, date, respondent) {
  const details = await app.execute(`return document.querySelector('details:has([data-testid="create-assessment"])') !== null`);
  if (details) await app.execute(`document.querySelector('details:has([data-testid="create-assessment"])').open = true`);
  // A date input takes its value through the DOM; typing dates differs per WebKit version.
  await app.execute(
    `const el = document.getElementById('new-assessment-date'); el.value = arguments[0]; el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [date],
  );
  await app.click(await app.find('[data-testid="create-assessment"]'));
  await app.waitFor('[data-testid="add-respondent"]');
  await fill(app, '#respondent-name', respondent);
  await fill(app, '#respondent-function', 'AOV');
  await app.click(await app.find('[data-testid="add-respondent"]'));
  await app.waitFor('[data-testid="item-lokale-analyse"] input[type="radio"]');
}

/** Clicks a rating and waits until the app says it was saved. */
async function rate(app, theme, item, value) {
  const radio = await app.waitFor(`input[name="q-${theme}-${item}-level"][value="${value}"]`);
  await app.click(radio);
  await app.waitFor(`[data-testid="item-${item}"] .saved:not(:empty)`);
}

async function addAction(app, item, action, owner, deadline) {
  await app.click(await app.find(`[data-testid="item-${item}"] [data-testid="add-action"]`));
  const base = `[data-testid="item-${item}"] .add-action`;
  await fill(app, `${base} input[type="text"]`, action);
  await fill(app, `${base} input[type="text"] ~ input, ${base} .field:nth-child(2) input`, owner);
  await app.execute(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [`${base} input[type="date"]`, deadline],
  );
  await app.click(await app.find(`${base} button[type="submit"]`));
  await app.findByText(`[data-testid="item-${item}"] .action .what`, action);
}

function pdfText(path) {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('the self-assessment and the council report', () => {
  it('a coordinator sets up contacts, answers all 12 themes and gets a report that compares two years', async () => {
    const dataDir = freshDataDir();
    await withApp(driver, dataDir, 'assessment', async (app) => {
      // Onboarding with an own municipality.
      await app.waitFor('main[data-screen="onboarding"]');
      await fill(app, '#municipality-name', 'Eikendorp');
      await fill(app, '#cbs-code', 'GM9902');
      await fill(app, '#inhabitants', '12800');
      await app.click(await app.findByText('button[type="submit"]', 'Gemeente opslaan'));
      await app.waitFor('main[data-screen="profiles"]');

      // Profile and contacts.
      await app.click(await app.find('[data-testid="nav-municipality"]'));
      await app.waitFor('main[data-screen="municipality"]');
      await fill(app, '#c-meldpunt-name', 'Meldpunt Zorg Eikendorp');
      await fill(app, '#c-meldpunt-phone', 'bellen');
      await app.click(await app.find('[data-testid="contact-form-meldpunt"] button[type="submit"]'));
      const phoneError = await app.waitFor('#c-meldpunt-phone-error');
      assert.match(await app.text(phoneError), /geen telefoonnummer/);
      await assertAccessible(app, 'municipality with an error');
      await fill(app, '#c-meldpunt-phone', '0599 222 333');
      await app.click(await app.find('[data-testid="contact-form-meldpunt"] button[type="submit"]'));
      await app.findByText('[data-testid="contact-form-meldpunt"] .saved', 'Meldpunt Zorg Eikendorp opgeslagen.');
      await fill(app, '#m-region', 'Zorg- en Veiligheidshuis Eikenland');
      await app.click(await app.findByText('button[type="submit"]', 'Profiel opslaan'));
      await app.findByText('.saved', 'Profiel opgeslagen.');
      await app.execute('window.scrollTo(0, 0)');
      await app.screenshot(join(screenshotDir, 'municipality.png'));
      await assertAccessible(app, 'municipality');

      await app.click(await app.find('[data-testid="nav-callcard"]'));
      const card = await app.waitFor('[data-testid="callcard-meldpunt"]');
      assert.match(await app.text(card), /Meldpunt Zorg Eikendorp[\s\S]*0599 222 333/);
      assert.match(await app.text(await app.find('[data-testid="callcard-aov"]')), /Nog niet ingevuld/);
      await app.screenshot(join(screenshotDir, 'callcard.png'));
      await assertAccessible(app, 'callcard');
      await app.click(await app.find('[data-testid="make-card"]'));
      await app.findByText('[data-testid="card-status"]', 'zakkaart Wie bel ik.pdf');
      const cardText = pdfText(join(dataDir, 'rapporten', 'Eikendorp - zakkaart Wie bel ik.pdf'));
      assert.match(cardText, /Meldpunt Zorg Eikendorp/);
      assert.match(cardText, /0599 222 333/);
      assert.match(cardText, /0900-8844/);

      // Last year's assessment: every theme.
      await app.click(await app.find('[data-testid="nav-assessment"]'));
      await app.waitFor('[data-testid="create-assessment"]');
      await createAssessment(app, '2025-11-20', 'Anja de Boer');
      for (const [t, [theme, , items]] of THEMES.entries()) {
        await app.click(await app.find(`[data-testid="theme-${theme}"]`));
        await app.waitFor(`[data-testid="item-${items[0]}"]`);
        for (const [i, item] of items.entries()) {
          if (item === 'aandeel-opgeleid') {
            const note = await app.text(await app.find(`[data-testid="item-${item}"] [data-testid="from-records"]`));
            assert.match(note, /geen medewerkers in Baken/);
            continue;
          }
          await rate(app, theme, item, answerFor(theme, t, i));
        }
        if (theme === 'coordinatie') {
          await addAction(app, 'vervanging-en-terugval', 'Vervanging van de AOV vastleggen', 'Gemeentesecretaris', '2026-03-01');
        }
        if (theme === 'monitoring-en-budget') {
          await addAction(app, 'evaluatie', 'Evaluatie laten doen door een extern team', 'AOV', '2026-06-01');
        }
      }
      assert.match(await app.text(await app.find('[data-testid="overall"]')), /van 4/);
      await app.click(await app.find('[data-testid="theme-coordinatie"]'));
      await app.execute(`document.querySelector('[data-testid="item-vaste-contactpersoon"]').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'assessment.png'));
      await assertAccessible(app, 'assessment');
      await app.execute('window.scrollTo(0, 0)');
      await app.screenshot(join(screenshotDir, 'assessment-top.png'));
      await assertAccessible(app, 'assessment-top');

      await app.execute(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
      await assertAccessible(app, 'assessment with everything unfolded');
      await app.click(await app.find('[data-testid="make-report"]'));
      const status = await app.findByText('[data-testid="report-status"]', 'Het rapport is opgeslagen in');
      const first = join(dataDir, 'rapporten', 'Eikendorp - Zelfevaluatie 2025.pdf');
      assert.match(await app.text(status), /Eikendorp - Zelfevaluatie 2025\.pdf/);
      assert.ok(existsSync(first), first);
      const text = pdfText(first);
      assert.match(text, /Eikendorp/);
      assert.match(text, /Zorg- en Veiligheidshuis Eikenland/);
      for (const [t, [, title]] of THEMES.entries()) {
        const score = expectedScore(t);
        const row = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*?\\s${score}(\\s|$)`, 'm');
        assert.match(text, row, `theme ${t + 1} "${title}" with score ${score}`);
      }
      assert.match(text, /Vervanging van de AOV vastleggen/);
      assert.match(text, /Evaluatie laten doen door een extern team/);
      assert.match(text, /Niet van toepassing/);
      assert.match(text, /Weet ik niet/);

      // The answers as CSV for a spreadsheet, beside the report.
      await app.execute(`document.querySelector('details.export').open = true`);
      await app.click(await app.find('[data-testid="export-answers"]'));
      await app.findByText('[data-testid="export-status"]', 'antwoorden.csv');
      const csv = readFileSync(join(dataDir, 'rapporten', 'Eikendorp - Zelfevaluatie 2025 - antwoorden.csv'), 'utf8');
      assert.match(csv, /"visie-en-plan\/lokale-analyse";"[^"]+";"Anja de Boer";"AOV";"0"/);
      assert.match(csv, /"preventie\/zonder-stigma";"[^"]+";"Anja de Boer";"AOV";"nvt"/);

      // A year later: a new assessment, better on the plan; the report compares.
      await createAssessment(app, '2026-11-20', 'Anja de Boer');
      await app.click(await app.find('[data-testid="theme-visie-en-plan"]'));
      for (const item of THEMES[0][2]) await rate(app, 'visie-en-plan', item, '4');
      await app.click(await app.find('[data-testid="make-report"]'));
      await app.findByText('[data-testid="report-status"]', 'Zelfevaluatie 2026.pdf');
      const second = pdfText(join(dataDir, 'rapporten', 'Eikendorp - Zelfevaluatie 2026.pdf'));
      assert.match(second, /Vergelijking met Zelfevaluatie 2025/);
      // Theme 1 went from 1,0 (levels 0, 1, 2) to 4,0.
      assert.match(second, /Visie en plan[^\n]*4,0[^\n]*1,0/);

      // Both assessments can be chosen, by their whole titles.
      assert.deepEqual(
        await app.execute(`return [...document.querySelectorAll('#choose-assessment option')].map((o) => o.textContent)`),
        ['Zelfevaluatie 2026 (20 november 2026)', 'Zelfevaluatie 2025 (20 november 2025)'],
      );
      await app.execute('window.scrollTo(0, 0)');
      await app.screenshot(join(screenshotDir, 'assessment-second.png'));
      await assertAccessible(app, 'assessment: a second one');
    });
  });

  it('the demo shows two respondents who differ, and the training figures per role, also in English', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    await withApp(driver, dataDir, 'assessment-demo', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-assessment"]'));
      await app.click(await app.waitFor('[data-testid="theme-melden-en-wegen"]'));
      const differs = await app.waitFor('[data-testid="item-weegploeg-en-criteria"] [data-testid="differs"]');
      assert.match(await app.text(differs), /2 niveaus of meer/);
      await app.execute(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
      await assertAccessible(app, 'demo assessment, respondents differ');

      await app.click(await app.find('[data-testid="theme-opleiding"]'));
      const records = await app.waitFor('[data-testid="from-records"]');
      assert.match(await app.text(records), /0 van de 5 medewerkers/);
      await assertAccessible(app, 'demo assessment, training figures');

      await app.click(await app.find('[data-testid="language-switch"]'));
      await app.findByText('h1', 'Self-assessment of the local approach');
      await app.findByText('[data-testid="from-records"]', '0 of 5 officials');
      await app.execute('window.scrollTo(0, 0)');
      await app.screenshot(join(screenshotDir, 'assessment-en.png'));
      await assertAccessible(app, 'demo assessment in English');
      await app.click(await app.find('[data-testid="nav-callcard"]'));
      await app.findByText('h1', 'Whom do I call?');
      await app.screenshot(join(screenshotDir, 'callcard-en.png'));
      await assertAccessible(app, 'whom do I call');
    });
  });
});
