// `disclosure audit`: convert notices without writing them and summarise what was
// read and found, per notice and in total (the before/after view of a reading change).
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import PQueue from 'p-queue';
import { auditTotals, type AuditTotals } from '../audit/audit-totals.js';
import { formatAudit } from '../audit/format-audit.js';
import { auditNotice, type NoticeAudit } from '../audit/notice-audit.js';
import { createConverterPool } from '../batch/converter-pool.js';
import { inputFailure } from '../batch/failures.js';
import { readInput } from '../batch/read-input.js';
import type { Disclosure } from '../schema/canonical.js';

export interface AuditOptions {
  timeoutMs: number;
  threads: number;
  /** Also write the audit as JSON here (for comparing two runs). */
  jsonFile: string | null;
}

export async function auditFiles(files: readonly string[], options: AuditOptions): Promise<AuditTotals> {
  const pool = createConverterPool(Math.max(1, Math.min(options.threads, files.length)));
  const audits: NoticeAudit[] = new Array(files.length);
  try {
    const inFlight = pool.threads * 2;
    const queue = new PQueue({ concurrency: inFlight });
    for (let index = 0; index < files.length; index += 1) {
      await queue.onSizeLessThan(inFlight);
      void queue.add(async () => {
        const input = files[index];
        try {
          const result = await pool.convert(await readInput(input), basename(input), options.timeoutMs);
          audits[index] = result.ok
            ? auditNotice(input, JSON.parse(result.json) as Disclosure)
            : { input, status: 'failed', code: result.code, message: result.message };
        } catch (error) {
          audits[index] = { input, status: 'failed', ...inputFailure(error) };
        }
      });
    }
    await queue.onIdle();
  } finally {
    await pool.close();
  }
  const totals = auditTotals(audits);
  process.stdout.write(formatAudit(audits, totals));
  if (options.jsonFile) await writeFile(options.jsonFile, `${JSON.stringify({ notices: audits, totals }, null, 2)}\n`);
  return totals;
}
