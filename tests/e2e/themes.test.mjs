// The main screens in Dutch and English, in the light and in the dark theme. The dark theme is
// GTK's dark variant (GTK_THEME=Adwaita:dark), which WebKit hands to the page as
// `prefers-color-scheme: dark`, as it does when an official picks a dark desktop. Every screen is
// checked with axe-core, whose contrast rule measures the dark colours as well, and saved as a
// screenshot (`<screen>-<language>-<theme>.png`) for the README.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

const THEMES = { light: {}, dark: { GTK_THEME: 'Adwaita:dark' } };

/** Saves the screen as it is now, scrolled to the top, and checks it. */
async function capture(app, name, lang, theme) {
  await app.execute('window.scrollTo(0, 0)');
  await app.screenshot(join(screenshotDir, `${name}-${lang}-${theme}.png`));
  await assertAccessible(app, `${name}, ${lang}, ${theme}`);
}

for (const [theme, env] of Object.entries(THEMES)) {
  describe(`the ${theme} theme`, () => {
    it('shows home, a lesson page, whom to call, the overview, a workshop and its presentation, the municipality and the self-assessment in Dutch and English', async () => {
      const driver = await startDriver({ env });
      try {
        const dataDir = freshDataDir();
        baken('demo', '--data-dir', dataDir);
        await withApp(driver, dataDir, `themes-${theme}`, async (app) => {
          await app.click(await app.waitFor('button.profile'));
          await app.waitFor('main[data-screen="home"]');
          // The page follows the desktop's choice, and the colours change with it.
          assert.equal(await app.execute(`return matchMedia('(prefers-color-scheme: dark)').matches`), theme === 'dark');
          const background = await app.execute(`return getComputedStyle(document.body).backgroundColor`);
          assert.equal(background, theme === 'dark' ? 'rgb(18, 22, 28)' : 'rgb(243, 244, 246)');

          for (const lang of ['nl', 'en']) {
            const heading = {
              nl: ['Wie bel ik?', 'Gemeente', 'Zelfevaluatie', 'Wie is getraind?'],
              en: ['Whom do I call?', 'Municipality', 'Self-assessment', 'Who is trained?'],
            }[lang];
            await app.click(await app.find('[data-testid="nav-learn"]'));
            await app.waitFor('main[data-screen="home"]');
            await capture(app, 'home', lang, theme);
            await app.click(await app.find('[data-testid="open-module"]'));
            await app.waitFor('[data-testid="page-position"]');
            await capture(app, 'page', lang, theme);
            await app.click(await app.find('[data-testid="close-module"]'));
            await app.waitFor('main[data-screen="home"]');

            await app.click(await app.find('[data-testid="nav-callcard"]'));
            await app.findByText('h1', heading[0]);
            await capture(app, 'callcard', lang, theme);
            await app.click(await app.find('[data-testid="nav-overview"]'));
            await app.findByText('h1', heading[3]);
            await app.waitFor('[data-testid="overview-table"]');
            await capture(app, 'overview', lang, theme);
            // A workshop: made in Dutch with counts entered; in English the same one, opened again.
            await app.click(await app.find('[data-testid="nav-workshops"]'));
            await app.findByText('h1', 'Workshops');
            if (lang === 'nl') {
              await app.type(await app.waitFor('[data-testid="workshop-place"]'), 'Raadzaal');
              await app.type(await app.find('[data-testid="workshop-trainer"]'), 'Ineke de Vries');
              await app.click(await app.find('[data-testid="workshop-create"]'));
            } else {
              await app.click(await app.waitFor('[data-testid="workshop-list"] tbody button'));
            }
            if (lang === 'nl') await app.click(await app.waitFor('[data-attendee="Sanne Verbeek"]'));
            await app.findByText('[data-testid="attendance-count"]', lang === 'nl' ? '1 aanwezige' : '1 attendee');
            await capture(app, 'workshop', lang, theme);
            await app.click(await app.find('[data-present="0"]'));
            if (lang === 'nl') {
              await app.waitFor('[data-count]');
              const first = await app.execute(`return document.querySelector('[data-count]').dataset.count`);
              await app.type(await app.find(`[data-count="${first}"]`), '7');
              await app.click(await app.find('[data-testid="present-reveal"]'));
            }
            await app.waitFor('.outcome.lead');
            await capture(app, 'presentation', lang, theme);
            await app.click(await app.find('[data-testid="present-close"]'));
            await app.waitFor('[data-testid="workshop"]');

            await app.click(await app.find('[data-testid="nav-municipality"]'));
            await app.findByText('h1', heading[1]);
            await capture(app, 'municipality', lang, theme);
            await app.click(await app.find('[data-testid="nav-assessment"]'));
            await app.findByText('h1', heading[2]);
            await app.waitFor('[data-testid="theme-opleiding"]');
            await capture(app, 'assessment', lang, theme);

            if (lang === 'nl') {
              await app.click(await app.find('[data-testid="language-switch"]'));
              await app.findByText('h1', 'Self-assessment');
            }
          }
        });
      } finally {
        driver.stop();
      }
    });
  });
}
