#!/usr/bin/env node
// Validate Mermaid diagram text with the real Mermaid 11 parser, under node + jsdom.
//
//   node tests/mermaid/validate.mjs [--render] < diagrams.json
//
// stdin:  JSON array of diagram strings, e.g. ["flowchart LR\n  A --> B"]
// stdout: JSON array, one object per input, same order:
//           {"ok": bool, "error": string|null, "type": string|null}
//         `type` is Mermaid's detected diagram type ("flowchart-v2", "c4", ...).
//
// Default mode calls `await mermaid.parse(text)` (throws on invalid syntax).
// Additionally, like mermaid.render(), text longer than maxTextSize (50 000)
// is reported as an error, because render() refuses it.
//
// --render additionally runs `mermaid.render()` in jsdom (with stubbed text
// measurement), which catches errors that only surface when drawing, e.g. a C4
// `Rel()` to an undefined alias ("references an unknown shape"). Layout is
// fake, so only the absence of exceptions is meaningful. Diagram types that need
// <canvas> (mindmap, ...) cannot render here and report an error in this mode.
//
// Exit 0 whenever results were produced (even if every diagram is invalid);
// exit 2 on harness failure (bad input, mermaid failed to load, ...).
// Mermaid is loaded once per process, so large batches are cheap.
// Install dependencies with: npm ci --prefix tests/mermaid

import { JSDOM } from 'jsdom';

const RENDER = process.argv.includes('--render');

function errorMessage(err) {
  if (err === null || err === undefined) return 'unknown error';
  if (typeof err === 'string') return err;
  return String(err.message ?? err.str ?? err);
}

function fail(message) {
  process.stderr.write(`validate.mjs: ${message}\n`);
  process.exit(2);
}

// stdout is reserved for the JSON result: route console output to stderr.
for (const level of ['log', 'info', 'warn', 'debug', 'trace']) {
  console[level] = (...args) => process.stderr.write(`${args.map(String).join(' ')}\n`);
}

// DOMPurify (bundled by mermaid) binds to `window` when it is first imported,
// and several diagram DBs (C4, sequence, class, ...) call DOMPurify.addHook /
// sanitize while parsing (without a DOM, C4 fails with "DOMPurify.addHook is
// not a function"). So the jsdom globals must exist *before* mermaid is
// imported -- hence the dynamic import below.
const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
  pretendToBeVisual: true,
});

function setGlobal(name, value) {
  try {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  } catch {
    // read-only global in this node version; keep node's own.
  }
}

setGlobal('window', window);
setGlobal('document', window.document);
for (const name of [
  'navigator', 'DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node',
  'DocumentFragment', 'NodeFilter', 'MutationObserver', 'CSSStyleSheet',
]) {
  if (!(name in globalThis)) setGlobal(name, window[name]);
}

if (RENDER) {
  // Just enough for mermaid.render() to lay out text in jsdom.
  setGlobal('screen', { availWidth: 1920, availHeight: 1080, width: 1920, height: 1080 });
  const textWidth = (el) => (el.textContent ?? '').length * 8;
  window.SVGElement.prototype.getBBox = function getBBox() {
    return { x: 0, y: 0, width: textWidth(this), height: 16 };
  };
  window.SVGElement.prototype.getComputedTextLength = function getComputedTextLength() {
    return textWidth(this);
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  let input;
  try {
    input = JSON.parse(await readStdin());
  } catch (err) {
    fail(`stdin is not valid JSON: ${errorMessage(err)}`);
  }
  if (!Array.isArray(input) || !input.every((d) => typeof d === 'string')) {
    fail('stdin must be a JSON array of strings');
  }

  let mermaid;
  try {
    mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, logLevel: 'fatal', securityLevel: 'strict' });
  } catch (err) {
    fail(`could not load mermaid: ${err?.stack ?? errorMessage(err)}`);
  }

  // mermaid.render() refuses text longer than maxTextSize (a "secure" key, so
  // a diagram cannot raise it) and draws a "Maximum text size in diagram
  // exceeded" placeholder instead; parse() does not check it, so do it here.
  // (maxEdges, default 500, IS enforced by parse() for flowcharts.)
  const maxTextSize = mermaid.mermaidAPI.getConfig().maxTextSize ?? 50000;

  const results = [];
  let n = 0;
  for (const text of input) {
    n += 1;
    if (text.length > maxTextSize) {
      results.push({
        ok: false,
        error: `Maximum text size in diagram exceeded: ${text.length} > maxTextSize ${maxTextSize} characters (mermaid.render would draw a placeholder instead)`,
        type: null,
      });
      continue;
    }
    try {
      const res = await mermaid.parse(text);
      if (res === false) {
        results.push({ ok: false, error: 'mermaid.parse returned false', type: null });
        continue;
      }
      if (RENDER) await mermaid.render(`vaultsmith-check-${n}`, text);
      results.push({ ok: true, error: null, type: res?.diagramType ?? null });
    } catch (err) {
      results.push({ ok: false, error: errorMessage(err), type: null });
    }
  }

  process.stdout.write(`${JSON.stringify(results)}\n`, () => process.exit(0));
}

main().catch((err) => fail(err?.stack ?? errorMessage(err)));
