// `npm run bench [-- --full]`: the PDF cost per page against its floors, the
// structure series, and batch throughput, printed to stdout. --full runs the
// mixed batch at 1,000 files instead of 200.
import { runBatchBench } from './batch.js';
import { runPdfBench } from './pdf.js';
import { runStructureBench } from './structure.js';

const full = process.argv.includes('--full');
console.log(`bench: Node ${process.version}; figures are CPU times and ratios within this run (a shared machine shifts them all alike)`);
await runPdfBench();
runStructureBench();
runBatchBench(full);
