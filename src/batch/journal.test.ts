import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal, readJournal } from './journal.js';

describe('the run journal', () => {
  it('keeps whole lines after a line a killed run cut short, and reads past the cut one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), '_journal.ndjson');
    writeFileSync(path, '{"input":"a.pdf","status":"ok","milliseconds":1}\n{"input":"b.pd');
    const journal = await openJournal(path);
    await journal.append({ input: 'c.pdf', status: 'failed', code: 'CORRUPT_FILE', message: 'damaged', milliseconds: 2 });
    await journal.close();
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(4);
    expect((await readJournal(path)).map((o) => [o.input, o.status])).toEqual([
      ['a.pdf', 'ok'],
      ['c.pdf', 'failed'],
    ]);
  });

  it('reads a missing journal as empty', async () => {
    expect(await readJournal(join(tmpdir(), 'no-such-folder-journal', '_journal.ndjson'))).toEqual([]);
  });
});
