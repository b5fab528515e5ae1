// The engine's own builtins, taken before pdf.js loads. pdfjs.ts imports this
// module ahead of pdf.js, so ES module order evaluates it first.

export const builtinsBeforePdfjs = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
} as const;
