// axe-core (from npm) run inside a page: every violation, with the nodes
// it names, so that a failing test says what to fix.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on `page` (Playwright). Evaluated through the debugging
 * protocol, so that extension pages' CSP (script-src 'self') lets it run.
 * Resolves to [{id, impact, help, nodes: [html]}].
 */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  });
}

/** A readable list of violations, for an assertion message. */
export const describeViolations = (vs) => vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
