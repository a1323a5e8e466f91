// Encryption at rest in the real app. With a key store (gnome-keyring on the tests' D-Bus), the
// data opens without a question, the coordinator finds the recovery code and its sheet under
// Gemeente, and the code opens a copy of the data on another computer (`baken recover`). Without a
// key store, the app asks for a passphrase: chosen at the first start, asked at every start after,
// and a wrong one changes nothing.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, cliBinary, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** What the sqlite3 tool says when asked for the tables of `file`. */
function sqlite3(file) {
  const r = spawnSync('sqlite3', [file, 'SELECT name FROM sqlite_master;'], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

/** `baken` on a computer without a key store: the key is kept in baken.sleutel. */
function bakenWithoutKeyStore(args, input, passphrase) {
  return spawnSync(cliBinary, args, {
    encoding: 'utf8',
    input,
    env: { ...process.env, BAKEN_KEY_STORE: 'off', BAKEN_KEY_PASSPHRASE: passphrase },
  });
}

describe('encryption with the key store', () => {
  it('opens without a question; the recovery code and its sheet open a copy elsewhere', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    const db = join(dataDir, 'baken.sqlite');
    let code;
    await withApp(driver, dataDir, 'recovery', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      // Until the coordinator says the code is kept safe, every screen reminds them.
      await app.findByText('[data-testid="recovery-banner"]', 'Bewaar de herstelcode van deze gegevens');
      await app.click(await app.findByText('[data-testid="recovery-banner"] button', 'Naar de herstelcode'));
      await app.waitFor('main[data-screen="municipality"]');
      const section = await app.waitFor('[data-testid="recovery"]');
      assert.match(await app.text(section), /De sleutel staat in de sleutelbewaarplaats van deze computer/);
      // The code is shown only on request.
      assert.equal(await app.execute(`return document.querySelector('[data-testid="recovery-code"]')`), null);
      await app.click(await app.find('[data-testid="recovery-show"]'));
      code = (await app.execute(`return [...document.querySelectorAll('[data-testid="recovery-code"] span')].map((s) => s.textContent).join('-')`));
      assert.match(code, /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
      await app.click(await app.find('[data-testid="recovery-sheet"]'));
      await app.findByText('[data-testid="recovery-sheet-made"]', 'herstelcode.pdf');
      await app.execute(`document.querySelector('[data-testid="recovery"]').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'recovery.png'));
      await assertAccessible(app, 'recovery code');
      await app.click(await app.find('[data-testid="recovery-confirm"]'));
      await app.waitFor('[data-testid="recovery-confirmed"]');
      await app.click(await app.find('[data-testid="nav-learn"]'));
      await app.waitFor('main[data-screen="profiles"]');
      assert.equal(await app.execute(`return document.querySelector('[data-testid="recovery-banner"]')`), null);
    });

    // The sheet holds the code, each group as it is.
    const sheet = join(dataDir, 'rapporten', 'herstelcode.pdf');
    const text = spawnSync('pdftotext', [sheet, '-'], { encoding: 'utf8' }).stdout;
    // The groups are set with wide letter spacing, so pdftotext may put a space inside one.
    const squeezed = text.replace(/\s+/g, '');
    for (const group of code.split('-')) assert.ok(squeezed.includes(group), `${group} on the sheet:\n${text}`);
    assert.match(text, /baken recover/);

    // Without the key, the file is no database to SQLite; the backups neither.
    assert.match(sqlite3(db), /file is not a database/);
    const backups = join(dataDir, 'reservekopieen');
    for (const file of readdirSync(backups)) assert.match(sqlite3(join(backups, file)), /file is not a database/);

    // Another computer, without a key store: a wrong code is refused and leaves nothing behind;
    // the right one opens the copy, and the key is then kept with a new passphrase.
    const elsewhere = mkdtempSync(join(tmpdir(), 'baken-e2e-elsewhere-'));
    const copy = join(elsewhere, 'meegenomen.sqlite');
    copyFileSync(db, copy);
    const target = join(elsewhere, 'gegevens');
    const wrong = code.replace(/^./, code[0] === 'A' ? 'B' : 'A');
    let r = bakenWithoutKeyStore(['recover', '--from', copy, '--data-dir', target], `${wrong}\n`, 'een nieuwe lange zin');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /typfout/);
    assert.ok(!existsSync(join(target, 'baken.sqlite')), 'nothing stays behind');
    r = bakenWithoutKeyStore(['recover', '--from', copy, '--data-dir', target], `${code.toLowerCase()}\n`, 'een nieuwe lange zin');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Hersteld: .*Zilverdam.*5 medewerkers.*baken\.sleutel/);
    r = bakenWithoutKeyStore(['info', '--data-dir', target], '', 'een nieuwe lange zin');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Zilverdam/);
    r = bakenWithoutKeyStore(['info', '--data-dir', target], '', 'niet de goede zin');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /Deze wachtwoordzin klopt niet/);
  });
});

describe('encryption without a key store', () => {
  let bare;
  before(async () => {
    bare = await startDriver({ env: { BAKEN_KEY_STORE: 'off' } });
  });

  it('asks for a new passphrase at the first start and for the passphrase after that', async () => {
    const dataDir = freshDataDir();
    await withApp(bare, dataDir, 'choose-passphrase', async (app) => {
      await app.findByText('#open-data-title', 'Kies een wachtwoordzin');
      await app.screenshot(join(screenshotDir, 'open-data-choose.png'));
      await assertAccessible(app, 'choose a passphrase');
      await app.type(await app.find('[data-testid="open-data-passphrase"]'), 'de molen draait door');
      await app.type(await app.find('[data-testid="open-data-again"]'), 'de molen draait dor');
      await app.click(await app.find('[data-testid="open-data-button"]'));
      await app.findByText('#open-data-mismatch', 'De twee wachtwoordzinnen zijn niet gelijk.');
      const again = await app.find('[data-testid="open-data-again"]');
      await app.clear(again);
      await app.type(again, 'de molen draait door');
      await app.click(await app.find('[data-testid="open-data-button"]'));
      await app.click(await app.waitFor('[data-testid="start-demo"]'));
      await app.waitFor('main[data-screen="profiles"]');
    });
    assert.ok(existsSync(join(dataDir, 'baken.sleutel')));
    const db = join(dataDir, 'baken.sqlite');
    assert.match(sqlite3(db), /file is not a database/);

    const before = readFileSync(db);
    await withApp(bare, dataDir, 'passphrase', async (app) => {
      await app.findByText('#open-data-title', 'De gegevens openen');
      await app.type(await app.find('[data-testid="open-data-passphrase"]'), 'de molen staat stil');
      await app.click(await app.find('[data-testid="open-data-button"]'));
      await app.findByText('[data-testid="open-data-error"]', 'Deze wachtwoordzin klopt niet. Er is niets veranderd.');
      await app.screenshot(join(screenshotDir, 'open-data.png'));
      await assertAccessible(app, 'open the data, wrong passphrase');
      assert.deepEqual(readFileSync(db), before, 'a wrong passphrase changes nothing');
      // The way out when it is forgotten: the recovery code, with a new passphrase.
      await app.click(await app.find('[data-testid="open-data-forgot"]'));
      await app.findByText('#open-data-title', 'Herstelcode invoeren');
      await app.waitFor('[data-testid="open-data-again"]');
      await app.click(await app.findByText('button', 'Terug naar de wachtwoordzin'));
      await app.type(await app.waitFor('[data-testid="open-data-passphrase"]'), 'de molen draait door');
      await app.click(await app.find('[data-testid="open-data-button"]'));
      await app.findByText('button.profile', 'Youssef Amrani');
      // Where the key is kept, in the coordinator's words.
      await app.click(await app.find('[data-testid="nav-municipality"]'));
      const section = await app.waitFor('[data-testid="recovery"]');
      assert.match(await app.text(section), /De sleutel staat in .*baken\.sleutel, beveiligd met de wachtwoordzin/);
    });
  });
});
