// Reading a module in the real app: pages in order, the place kept across a restart, both languages.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, repo, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

async function textOf(app, css) {
  return app.text(await app.waitFor(css));
}

describe('reading a module', () => {
  it('goes through the pages and resumes on the same page after a restart', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    let pageId;
    await withApp(driver, dataDir, 'reading', async (app) => {
      await app.click(await app.findByText('button.profile', 'Daan Hoekstra'));
      await app.waitFor('main[data-screen="home"]');
      const signals = await app.find('[data-module-id="signalen"] [data-testid="open-module"]');
      assert.equal(await app.text(signals), 'Beginnen');
      await app.click(signals);

      await app.waitFor('main[data-screen="module"]');
      assert.match(await textOf(app, '[data-testid="page-position"]'), /^Pagina 1 van \d$/);
      await app.click(await app.find('[data-testid="next-page"]'));
      await app.findByText('[data-testid="page-position"]', 'Pagina 2 van');
      await app.click(await app.find('[data-testid="next-page"]'));
      await app.findByText('[data-testid="page-position"]', 'Pagina 3 van');
      pageId = await app.attribute(await app.find('article[data-page-id]'), 'data-page-id');
      await app.screenshot(join(screenshotDir, 'page.png'));
      await assertAccessible(app, 'page');
    });

    // A restart opens the same module on the same page.
    await withApp(driver, dataDir, 'reading-restart', async (app) => {
      await app.waitFor('main[data-screen="module"]');
      assert.match(await textOf(app, '[data-testid="page-position"]'), /^Pagina 3 van \d$/);
      assert.equal(await app.attribute(await app.find('article[data-page-id]'), 'data-page-id'), pageId);

      // The same page in English; then back to the module list, where the module is in progress.
      await app.click(await app.find('[data-testid="language-switch"]'));
      await app.findByText('[data-testid="page-position"]', 'Page 3 of');
      await app.screenshot(join(screenshotDir, 'page-en.png'));
      await assertAccessible(app, 'page-en');
      await app.click(await app.find('[data-testid="close-module"]'));
      await app.waitFor('main[data-screen="home"]');
      const card = await app.find('[data-module-id="signalen"]');
      assert.equal(await app.attribute(card, 'data-state'), 'in-progress');
      assert.equal(await textOf(app, '[data-module-id="signalen"] [data-testid="open-module"]'), 'Continue');
    });
  });
});

describe('local content packs', () => {
  it('adds a valid local module and names the problems of a refused pack', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    for (const name of ['lokaal', 'typo']) {
      cpSync(join(repo, 'tests/fixtures/packs', name), join(dataDir, 'packs', name), { recursive: true });
    }
    await withApp(driver, dataDir, 'local-packs', async (app) => {
      await app.click(await app.findByText('button.profile', 'Daan Hoekstra'));
      const refused = await app.waitFor('[data-testid="refused-pack"]');
      const text = await app.text(refused);
      assert.match(text, /Het lespakket 'typo' is niet geladen/);
      assert.match(text, /typo\/modules\/balie\.toml:50: Onbekend vraagtype 'singel'/);
      const local = await app.find('[data-module-id="lokale-casus-markt"]');
      assert.match(await app.text(local), /Lokale casus: de weekmarkt/);
      assert.match(await app.text(local), /Verplicht voor uw functie/);
      await app.execute('document.querySelector("[data-testid=refused-pack]").scrollIntoView()');
      await app.screenshot(join(screenshotDir, 'local-packs.png'));
      await assertAccessible(app, 'local-packs');
      // The local module works like any other: its page names the municipality.
      await app.click(await app.find('[data-module-id="lokale-casus-markt"] [data-testid="open-module"]'));
      await app.findByText('article[data-stage="pages"]', 'de AOV van Zilverdam');
    });
  });
});
