// Backups in the real app: one is made at the day's first start; the coordinator makes another and
// puts it back, and what was there just before is kept as a backup too. A damaged database is
// noticed at start, left alone, and the latest backup put back from the screen that says so.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The backups as `baken backup list` shows them: [file, reason] per line. */
function backups(dataDir) {
  const out = baken('backup', 'list', '--data-dir', dataDir).trim();
  if (out.startsWith('Er is nog geen')) return [];
  return out.split('\n').map((line) => line.split(/\s{2,}/)).map(([file, , reason]) => [file, reason]);
}

describe('backups', () => {
  it('are made, listed and put back from the municipality screen', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    assert.deepEqual(backups(dataDir), []);
    await withApp(driver, dataDir, 'backups', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      // The day's first start made one.
      assert.deepEqual(backups(dataDir).map(([, reason]) => reason), ['dagelijks']);
      await app.click(await app.find('[data-testid="nav-municipality"]'));
      await app.click(await app.waitFor('[data-testid="make-backup"]'));
      await app.findByText('[data-testid="backups"] [aria-live]', 'De reservekopie is gemaakt.');
      const list = backups(dataDir);
      assert.equal(list.length, 2);
      const [manual] = list.find(([, reason]) => reason === 'met de hand');

      // A change after the backup: the municipality's name.
      const name = await app.find('#m-name');
      await app.clear(name);
      await app.type(name, 'Gemeente Testdam');
      await app.click(await app.findByText('button[type="submit"]', 'Profiel opslaan'));
      await app.findByText('[data-testid="municipality-name"]', 'Testdam');

      // Back to the backup, after a confirmation.
      await app.click(await app.find(`[data-backup="${manual}"] button`));
      await app.waitFor('[data-testid="restore-confirm"]');
      await app.execute(`document.querySelector('[data-testid="backups"]').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'backups.png'));
      await assertAccessible(app, 'backups, restoring one');
      await app.click(await app.find('[data-testid="restore-confirm"]'));
      const notice = await app.text(await app.waitFor('[data-testid="restored"]'));
      assert.match(notice, /De gegevens van vlak voor het terugzetten staan in de reservekopie 'baken-\d{8}-\d{6}-restore\.sqlite'\./);
      await app.click(await app.find('[data-testid="restored-continue"]'));
      await app.findByText('[data-testid="municipality-name"]', 'Zilverdam');
    });
    assert.ok(backups(dataDir).some(([, reason]) => reason === 'voor terugzetten'));
  });

  it('offer the way back when the database is damaged, which stays as it was', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    baken('backup', 'make', '--data-dir', dataDir);
    // Damage every page after the first, as a failing disk might (the file still looks like
    // Baken's).
    const database = join(dataDir, 'baken.sqlite');
    const bytes = readFileSync(database);
    for (let page = 4096; page < bytes.length; page += 4096) bytes.fill(0xa5, page, page + 12);
    writeFileSync(database, bytes);

    await withApp(driver, dataDir, 'damaged', async (app) => {
      await app.waitFor('[data-testid="damaged"]');
      const said = await app.text(await app.find('[data-testid="damaged"]'));
      assert.match(said, /is beschadigd\. Baken heeft er niets aan veranderd\./);
      assert.match(said, /Laatste reservekopie: .+ \(met de hand\)\./);
      assert.deepEqual(readFileSync(database), bytes, 'the damaged file is untouched');
      await app.screenshot(join(screenshotDir, 'damaged.png'));
      await assertAccessible(app, 'a damaged database');
      await app.click(await app.find('[data-testid="damaged-restore"]'));
      const notice = await app.text(await app.waitFor('[data-testid="restored"]'));
      const aside = notice.match(/Het beschadigde bestand is bewaard als (.+)\./)[1];
      assert.deepEqual(readFileSync(aside), bytes, 'kept as it was');
      await app.click(await app.find('[data-testid="restored-continue"]'));
      await app.waitFor('main[data-screen="profiles"]');
      await app.findByText('[data-testid="municipality-name"]', 'Zilverdam');
    });
    assert.ok(existsSync(database));
    assert.equal(readdirSync(dataDir).filter((f) => f.includes('.beschadigd-')).length, 1);
  });
});
