// Hostile text typed into the real app: a learner's name and a municipality's name that look like
// HTML with a script in it, a closing </script>, bold tags and a right-to-left override. The
// window must show them as the letters they are: no element made from them, no script run.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

// Within the app's limits (80 characters for a learner, 100 for a municipality).
const LEARNER = '<img src=x onerror="window.__pwned=1"></script><b>Bold</b> \u202Ekcab';
const MUNICIPALITY = '<svg onload="window.__pwned=2"></svg></header><b>Vet</b> & "Zilverdam" \u202Ekcab';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** What markup made from the names would have left in the page, if any had been. */
function injected(app) {
  return app.execute(`return {
    pwned: typeof window.__pwned,
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    bold: [...document.querySelectorAll('b')].map((b) => b.textContent),
  }`);
}

/** Lets an image's error or an SVG's load event fire, had there been one. */
function settle(app) {
  return app.cmd('POST', '/execute/async', {
    script: 'const done = arguments[arguments.length - 1]; setTimeout(done, 300);',
    args: [],
  });
}

const CLEAN = { pwned: 'undefined', img: 0, svg: 0, bold: [] };

describe('hostile names', () => {
  it('are shown as text in the profile list, the home screen and the header', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    await withApp(driver, dataDir, 'hostile', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');

      // The policy the window runs under is the strict one, and it refuses inline scripts (so
      // even markup that slipped through could not run its handlers).
      const csp = await app.cmd('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
          document.addEventListener('securitypolicyviolation', (e) => done({ policy: e.originalPolicy, inline: typeof window.__inline }), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
          setTimeout(() => done({ policy: null, inline: typeof window.__inline }), 2000);`,
        args: [],
      });
      assert.equal(csp.inline, 'undefined', 'an inline script ran');
      assert.ok(csp.policy, 'the inline script was not reported as a CSP violation');
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
        assert.ok(csp.policy.includes(directive), `the window's CSP lacks ${directive}: ${csp.policy}`);
      }

      // Through the real "Nieuw profiel" form.
      await app.type(await app.find('#learner-name'), LEARNER);
      await app.click(await app.findByText('button[type="submit"]', 'Profiel aanmaken'));
      const greeting = await app.waitFor('main[data-screen="home"] [data-testid="greeting"]');
      await settle(app);
      assert.deepEqual(await injected(app), CLEAN);
      const shown = await app.execute(
        `const h = document.querySelector('[data-testid="greeting"]'); return { text: h.textContent, children: h.children.length }`,
      );
      // Messages leave direction controls out of typed values, so the override cannot turn the
      // rest of the message around; the name's own letters stay as typed.
      assert.equal(shown.text.trim(), `Welkom, ${LEARNER.replace('\u202E', '')}`);
      assert.ok(shown.text.includes('<b>Bold</b>'));
      assert.equal(shown.children, 0, 'the greeting holds elements made from the name');
      assert.match(await app.text(greeting), /<img src=x onerror="window.__pwned=1"><\/script><b>Bold<\/b>/);
      await app.screenshot(join(screenshotDir, 'hostile-home.png'));
      await assertAccessible(app, 'home with a hostile name');

      // The profile list shows it too, as a name.
      await app.click(await app.find('[data-testid="switch-profile"]'));
      await app.waitFor('main[data-screen="profiles"]');
      const listed = await app.execute(
        `return [...document.querySelectorAll('button.profile .name')].map((n) => n.textContent)`,
      );
      assert.ok(listed.includes(LEARNER), `the profile list shows ${JSON.stringify(listed)}`);
      await settle(app);
      assert.deepEqual(await injected(app), CLEAN);

      // The municipality's name, through its own screen; the header shows it on every screen.
      await app.click(await app.find('[data-testid="nav-municipality"]'));
      const name = await app.waitFor('#m-name');
      await app.clear(name);
      await app.type(name, MUNICIPALITY);
      await app.click(await app.findByText('button[type="submit"]', 'Profiel opslaan'));
      await app.findByText('.saved', 'Profiel opgeslagen.');
      await settle(app);
      assert.deepEqual(await injected(app), CLEAN);
      const header = await app.execute(
        `const h = document.querySelector('[data-testid="municipality-name"]'); return { text: h.textContent, children: h.children.length }`,
      );
      assert.equal(header.text.trim(), `Gemeente ${MUNICIPALITY.replace('\u202E', '')}`);
      assert.equal(header.children, 0, 'the header holds elements made from the name');
      // The header stayed one header: "</header>" in the name closed nothing.
      assert.equal(await app.execute('return document.querySelectorAll("header").length'), 1);
      await app.screenshot(join(screenshotDir, 'hostile-municipality.png'));
      await assertAccessible(app, 'municipality with a hostile name');
    });
    // Stored as typed, not cleaned up or escaped on the way in.
    const info = baken('info', '--data-dir', dataDir);
    assert.ok(info.includes(MUNICIPALITY), info);
  });
});
