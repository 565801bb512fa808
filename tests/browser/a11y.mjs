// axe-core (from npm) run inside a page: every violation, with the nodes
// it names, so that a failing test says what to fix.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on `page` (Playwright), or on `context` in it (an axe
 * context: `{include: [{fromShadowDom: [host, inner]}]}` reaches into a
 * shadow root). Evaluated through the debugging
 * protocol, so that extension pages' CSP (script-src 'self') lets it run.
 * Resolves to [{id, impact, help, nodes: [html]}].
 */
export async function axeViolations(page, context = null) {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const r = await globalThis.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  }, context);
}

/** A readable list of violations, for an assertion message. */
export const describeViolations = (vs) => vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
