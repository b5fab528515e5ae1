// Borderless (stream) tables: text set in aligned columns without rulings.
import type { PageTable } from './geometry.js';
import type { Line } from './lines.js';

export function findStreamTables(lines: Line[]): { tables: PageTable[]; rest: Line[] } {
  return { tables: [], rest: lines };
}
