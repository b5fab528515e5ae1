// The one place pdf.js is loaded: its main module and its worker module, with
// the engine's Array.prototype.push, JSON.parse and JSON.stringify put back.
//
// pdf.js's legacy build (the one that runs on Node 20) bundles core-js, which
// replaces those three for the whole process on V8 versions that lack
// JSON.rawJSON, reviver source text and a spec-exact push on non-writable
// lengths. The replacements are plain JavaScript and cost some 13% of a
// conversion's CPU: every push in pdf.js and in our code goes through them.
// Neither pdf.js nor this project uses what they add (pdf.js's own code has
// no JSON reviver, no JSON.rawJSON and no arrays of frozen length), so the
// engine's versions do the same work.
//
// The worker module is loaded here too, not later by getDocument, so that its
// core-js copy has replaced the builtins before they are put back. The
// ingester runs its worker side in this thread over a port of its own
// (load.ts); a getDocument without one finds it as globalThis.pdfjsWorker and
// runs it in this thread too (as pdf.js does in Node anyway).
//
// pdf.js inflates content streams through DecompressionStream, which this
// module makes inflate in one call (inflate-at-once.ts).
import { builtinsBeforePdfjs } from './builtins-before-pdfjs.js';
import { inflateDeflateAtOnce } from './inflate-at-once.js';
import { getDocument, OPS, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

Array.prototype.push = builtinsBeforePdfjs.push;
JSON.parse = builtinsBeforePdfjs.parse;
JSON.stringify = builtinsBeforePdfjs.stringify;
inflateDeflateAtOnce();

export { getDocument, OPS, PDFWorker, WorkerMessageHandler };
