// The real app in a real window: onboarding, home screen, restart, and a refused file.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The state of every module card on the home screen, as "module-id:state". */
function moduleStates(app) {
  return app.execute(
    `return [...document.querySelectorAll('[data-module-id]')].map((m) => m.dataset.moduleId + ':' + m.dataset.state)`,
  );
}

async function textOf(app, css) {
  return app.text(await app.waitFor(css));
}

describe('onboarding with the demo municipality', () => {
  it('reaches the home screen and finds the same state after a restart', async () => {
    const dataDir = freshDataDir();
    const states = await withApp(driver, dataDir, 'demo', async (app) => {
      await app.waitFor('main[data-screen="onboarding"]');
      assert.equal(await textOf(app, 'h1'), 'Welkom bij Baken');
      await app.screenshot(join(screenshotDir, 'onboarding.png'));
      await assertAccessible(app, 'onboarding');

      await app.click(await app.find('[data-testid="start-demo"]'));
      await app.waitFor('main[data-screen="profiles"]');
      assert.equal(await textOf(app, '[data-testid="municipality-name"]'), 'Gemeente Zilverdam');
      await app.screenshot(join(screenshotDir, 'profiles.png'));
      await assertAccessible(app, 'profiles');

      await app.click(await app.findByText('button.profile', 'Youssef Amrani'));
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await textOf(app, '[data-testid="greeting"]'), 'Welkom, Youssef Amrani');
      assert.equal(
        await textOf(app, '[data-testid="progress-summary"]'),
        '3 van de 7 verplichte modules voor uw functie afgerond en geldig',
      );
      const states = await moduleStates(app);
      assert.deepEqual(states.slice(0, 4), [
        'wat-is-radicalisering:completed',
        'het-proces:completed',
        'signalen:completed',
        'signalen-wegen:not-started',
      ]);
      await app.screenshot(join(screenshotDir, 'home.png'));
      await assertAccessible(app, 'home');
      return states;
    });

    // The state is in the SQLite file, not in memory: the command line reads it too…
    const info = baken('info', '--data-dir', dataDir);
    assert.match(info, /Zilverdam \(GM9901\) \(demo\)/);
    assert.match(info, /Medewerkers\s+5/);

    // …and a restarted app opens straight on the same learner's home screen.
    await withApp(driver, dataDir, 'demo-restart', async (app) => {
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await textOf(app, '[data-testid="greeting"]'), 'Welkom, Youssef Amrani');
      assert.deepEqual(await moduleStates(app), states);
    });
  });
});

describe('onboarding with an own municipality', () => {
  it('sets up the municipality and a profile, and keeps the chosen language', async () => {
    const dataDir = freshDataDir();
    await withApp(driver, dataDir, 'own', async (app) => {
      await app.waitFor('main[data-screen="onboarding"]');
      // A CBS code in the wrong format is refused next to its field.
      await app.type(await app.find('#municipality-name'), 'Bergzicht');
      await app.type(await app.find('#cbs-code'), '1234');
      await app.click(await app.findByText('button[type="submit"]', 'Gemeente opslaan'));
      assert.equal(
        await textOf(app, '#cbs-code-error'),
        'Een CBS-code bestaat uit GM en vier cijfers, bijvoorbeeld GM0123.',
      );
      await app.screenshot(join(screenshotDir, 'onboarding-error.png'));
      await assertAccessible(app, 'onboarding-error');

      const cbs = await app.find('#cbs-code');
      await app.clear(cbs);
      await app.type(cbs, 'GM0123');
      await app.click(await app.findByText('button[type="submit"]', 'Gemeente opslaan'));
      await app.waitFor('main[data-screen="profiles"]');

      await app.type(await app.find('#learner-name'), 'Eva de Wit');
      await app.click(await app.findByText('button[type="submit"]', 'Profiel aanmaken'));
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await textOf(app, '[data-testid="greeting"]'), 'Welkom, Eva de Wit');
      assert.equal((await moduleStates(app)).filter((s) => s.endsWith(':not-started')).length, 8);

      await app.click(await app.find('[data-testid="language-switch"]'));
      await app.findByText('[data-testid="greeting"]', 'Welcome, Eva de Wit');
      await app.screenshot(join(screenshotDir, 'home-en.png'));
      await assertAccessible(app, 'home-en');
    });

    await withApp(driver, dataDir, 'own-restart', async (app) => {
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await textOf(app, '[data-testid="greeting"]'), 'Welcome, Eva de Wit');
      assert.equal(await app.execute('return document.documentElement.lang'), 'en');
      assert.equal(await textOf(app, '[data-testid="municipality-name"]'), 'Municipality of Bergzicht');
    });
    assert.match(baken('info', '--data-dir', dataDir), /Bergzicht \(GM0123\)/);
  });
});

describe('a data directory holding a file that is not Baken’s', () => {
  it('shows a clear message and leaves the file alone', async () => {
    const dataDir = freshDataDir();
    const file = join(dataDir, 'baken.sqlite');
    const note = 'Dit is een notitie, geen database.';
    writeFileSync(file, note);
    await withApp(driver, dataDir, 'not-baken', async (app) => {
      assert.equal(
        await textOf(app, '[role="alert"][data-error-code="not-baken"]'),
        `${file} is geen Baken-bestand. Baken heeft het niet gewijzigd.`,
      );
      await app.screenshot(join(screenshotDir, 'error-not-baken.png'));
      await assertAccessible(app, 'error-not-baken');
      // The language switch works here too, message included.
      await app.click(await app.find('[data-testid="language-switch"]'));
      await app.findByText('[role="alert"]', `${file} is not a Baken file. Baken has not changed it.`);
    });
    assert.equal(readFileSync(file, 'utf8'), note);
  });
});
