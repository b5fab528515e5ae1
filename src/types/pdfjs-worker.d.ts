// pdfjs-dist ships no declarations for its worker module; this is the one
// entry point the PDF ingester uses (pdf.js's worker side over a given port).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: {
    initializeFromPort(port: unknown): void;
  };
}
