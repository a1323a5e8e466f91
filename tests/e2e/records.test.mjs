// Records between laptops, in the real app: two installs with their own data directories record
// different learners; one saves its progress to a file, the other imports it and its overview
// shows both; importing again changes nothing; a cut-off copy is refused with a message and
// changes nothing; the same name from both laptops is merged into one person by the trainer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The number of learners and events in a data directory, as `baken info` reads them. */
function counts(dataDir) {
  const info = baken('info', '--data-dir', dataDir);
  const get = (label) => Number(info.match(new RegExp(`^${label}\\s+(\\d+)$`, 'm'))?.[1]);
  return { learners: get('Medewerkers'), events: get('Voortgangsgebeurtenissen') };
}

async function addLearner(app, name) {
  await app.waitFor('main[data-screen="profiles"]');
  await app.type(await app.find('#learner-name'), name);
  await app.click(await app.findByText('button[type="submit"]', 'Profiel aanmaken'));
  await app.waitFor('main[data-screen="home"]');
  // Open a module: the new learner now has progress of their own.
  await app.click(await app.find('[data-module-id="wat-is-radicalisering"] [data-testid="open-module"]'));
  await app.waitFor('main[data-screen="module"]');
}

async function overviewNames(app) {
  return app.execute(`return [...document.querySelectorAll('[data-testid="overview-table"] tbody tr[data-learner]')].map((r) => r.dataset.learner)`);
}

describe('progress between laptops', () => {
  it('travels in a file from one install to another, once, and a damaged copy changes nothing', async () => {
    const laptopA = freshDataDir();
    const laptopB = freshDataDir();
    baken('demo', '--data-dir', laptopA);
    baken('demo', '--data-dir', laptopB);

    // Laptop A: Karel starts the course, and the coordinator saves A's progress to a file.
    let file;
    await withApp(driver, laptopA, 'records-a', async (app) => {
      await addLearner(app, 'Karel Jansen');
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.waitFor('[data-testid="overview-table"]');
      assert.ok((await overviewNames(app)).includes('Karel Jansen'));
      await app.click(await app.find('[data-testid="export-records"]'));
      const status = await app.findByText('[data-testid="export-records-status"]', '.baken');
      file = (await app.text(status)).match(/Opgeslagen als (.+\.baken)\./)[1];
      // The file holds personal data, and the screen says so (and that it is not protected).
      const warning = await app.text(await app.find('[data-testid="personal-data"]'));
      assert.match(warning, /namen, functies en afdelingen van medewerkers/);
      assert.match(warning, /Het is niet beveiligd/);
    });
    assert.ok(file.startsWith(join(laptopA, 'rapporten')), file);
    assert.deepEqual(readdirSync(join(laptopA, 'rapporten')).filter((f) => f.endsWith('.part')), []);
    const fromA = counts(laptopA);

    // Laptop B: Fatima has a profile here; the file from A comes in.
    await withApp(driver, laptopB, 'records-b', async (app) => {
      await addLearner(app, 'Fatima El Idrissi');
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.waitFor('[data-testid="overview-table"]');
      assert.ok(!(await overviewNames(app)).includes('Karel Jansen'));
      const before = counts(laptopB);

      await app.upload(await app.find('[data-testid="records-file"]'), file);
      await app.click(await app.find('[data-testid="import-records"]'));
      const status = await app.findByText('[data-testid="import-status"]', 'nieuwe profielen');
      const said = await app.text(status);
      // A's six learners are new here, even the five demo staff with names B knows: other ids.
      assert.match(said, /: 6 nieuwe profielen, \d+ nieuwe gebeurtenissen \(0 stonden er al\)\./);
      assert.match(said, /er stond al iemand met de naam 'Youssef Amrani' op deze laptop/);
      const names = await overviewNames(app);
      assert.ok(names.includes('Karel Jansen') && names.includes('Fatima El Idrissi'), names.join(', '));
      const merged = counts(laptopB);
      assert.equal(merged.learners, before.learners + fromA.learners);
      assert.equal(merged.events, before.events + fromA.events);
      await app.execute('window.scrollTo(0, 0)');
      await app.screenshot(join(screenshotDir, 'overview.png'));
      await assertAccessible(app, 'overview after an import');

      // What the group finds hard, from both laptops' answers: the hardest question first, with
      // its share right; decisions in cases; completions per month as a table.
      await app.waitFor('[data-testid="hard-items"] li');
      const hardest = await app.text(await app.find('[data-testid="hard-items"] li'));
      assert.match(hardest, /\d+% goed, van \d+ antwoord/);
      await app.waitFor('[data-testid="hard-steps"] li');
      const months = await app.execute(`return document.querySelectorAll('[data-testid="completions-per-month"] tbody tr').length`);
      assert.ok(months >= 1, `${months} months`);
      await app.execute(`document.querySelector('[data-testid="group-analysis"]').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'analysis.png'));
      // Every question of one module, as a table.
      await app.click(await app.find('[data-testid="items-per-module"] summary'));
      const rows = await app.execute(`return document.querySelectorAll('[data-testid="items-per-module"] tbody tr').length`);
      assert.ok(rows >= 1, `${rows} questions`);
      await assertAccessible(app, 'the questions of a module');

      // The same file again: nothing new.
      await app.upload(await app.find('[data-testid="records-file"]'), file);
      await app.click(await app.find('[data-testid="import-records"]'));
      await app.findByText('[data-testid="import-status"]', `: 0 nieuwe profielen, 0 nieuwe gebeurtenissen (${fromA.events} stonden er al).`);
      assert.deepEqual(counts(laptopB), merged);

      // A copy that was cut off halfway: refused, and nothing changes.
      const cut = join(laptopB, 'afgebroken.baken');
      const bytes = readFileSync(file);
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await app.upload(await app.find('[data-testid="records-file"]'), cut);
      await app.click(await app.find('[data-testid="import-records"]'));
      await app.findByText('[data-testid="import-status"]', 'Het bestand houdt halverwege op.');
      assert.deepEqual(counts(laptopB), merged);
      await app.screenshot(join(screenshotDir, 'overview-refused.png'));
      await assertAccessible(app, 'overview with a refused file');

      // The same names from both laptops: the trainer merges one person and keeps two apart.
      const youssef = await app.waitFor('[data-same-name="Youssef Amrani"]');
      assert.equal(await app.execute(`return document.querySelectorAll('[data-same-name="Youssef Amrani"] li').length`), 2);
      await app.execute(`document.querySelector('[data-same-name="Youssef Amrani"]').scrollIntoView()`);
      await app.click(await app.find('[data-same-name="Youssef Amrani"] [data-testid="same-merge"]'));
      await app.waitFor('[data-same-name="Youssef Amrani"] [data-testid="same-merge-confirm"]');
      await app.screenshot(join(screenshotDir, 'same-names.png'));
      await assertAccessible(app, 'one person, two profiles');
      await app.click(await app.find('[data-same-name="Youssef Amrani"] [data-testid="same-merge-confirm"]'));
      await app.findByText('[data-testid="same-names-done"]', "De profielen van 'Youssef Amrani' zijn samengevoegd tot één persoon.");
      assert.ok(youssef);
      await app.click(await app.find('[data-same-name="Daan Hoekstra"] [data-testid="same-apart"]'));
      await app.findByText('[data-testid="same-names-done"]', "De profielen van 'Daan Hoekstra' blijven apart.");
      assert.equal(await app.execute(`return document.querySelector('[data-same-name="Youssef Amrani"], [data-same-name="Daan Hoekstra"]')`), null);
      const after = await overviewNames(app);
      assert.equal(after.filter((n) => n === 'Youssef Amrani').length, 1, after.join(', '));
      assert.equal(after.filter((n) => n === 'Daan Hoekstra').length, 2, after.join(', '));
      // Nothing deleted: the same learners and events in the database.
      assert.deepEqual(counts(laptopB), merged);
      // The profile list (what "Wie bent u?" offers) has one Youssef.
      const snapshot = await app.cmd('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
          window.__TAURI_INTERNALS__.invoke('snapshot', {}).then(done, (e) => done(String(e)));`,
        args: [],
      });
      assert.equal(snapshot.learners.filter((l) => l.name === 'Youssef Amrani').length, 1);

      // Filters: only those whose training expires soon or has expired.
      await app.execute(`const s = document.querySelector('#filter-state'); s.value = 'never-started'; s.dispatchEvent(new Event('change'))`);
      const shown = await overviewNames(app);
      assert.ok(shown.length > 0 && shown.length < names.length, `${shown.length} of ${names.length}`);
      const states = await app.execute(`return [...document.querySelectorAll('[data-testid="overview-table"] [data-state]')].map((s) => s.dataset.state)`);
      assert.ok(states.every((s) => s === 'never-started'), states.join(', '));
    });
  });
  it('sealed with a passphrase, opens only with it', async () => {
    const laptopA = freshDataDir();
    const laptopB = freshDataDir();
    baken('demo', '--data-dir', laptopA);
    baken('demo', '--data-dir', laptopB);
    let file;
    await withApp(driver, laptopA, 'sealed-a', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.click(await app.waitFor('[data-testid="seal-records"]'));
      await app.type(await app.waitFor('[data-testid="export-passphrase"]'), 'kort');
      await app.click(await app.find('[data-testid="export-records"]'));
      await app.findByText('[role="alert"]', 'Kies een wachtwoordzin van minstens 8 tekens.');
      await app.type(await app.find('[data-testid="export-passphrase"]'), ' maar nu lang genoeg');
      await app.click(await app.find('[data-testid="export-records"]'));
      const status = await app.findByText('[data-testid="export-records-status"]', '.baken');
      file = (await app.text(status)).match(/Opgeslagen als (.+\.baken)\./)[1];
      await app.screenshot(join(screenshotDir, 'records-sealed.png'));
      await assertAccessible(app, 'saving sealed records');
    });
    assert.ok(readFileSync(file, 'latin1').startsWith('{"format":"baken-records-sealed"'));
    await withApp(driver, laptopB, 'sealed-b', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.waitFor('[data-testid="overview-table"]');
      const before = counts(laptopB);
      const attempt = async (passphrase, expect) => {
        await app.upload(await app.find('[data-testid="records-file"]'), file);
        const field = await app.find('[data-testid="import-passphrase"]');
        await app.clear(field);
        if (passphrase) await app.type(field, passphrase);
        await app.click(await app.find('[data-testid="import-records"]'));
        await app.findByText('[data-testid="import-status"]', expect);
      };
      await attempt('', 'Dit bestand is beveiligd met een wachtwoordzin.');
      await attempt('kort maar nu lang genoeh', 'De wachtwoordzin klopt niet, of het bestand is beschadigd.');
      assert.deepEqual(counts(laptopB), before);
      await attempt('kort maar nu lang genoeg', ': 5 nieuwe profielen, ');
      assert.equal(counts(laptopB).learners, before.learners + 5);
    });
  });
});
