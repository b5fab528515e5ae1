import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversionError } from '../errors.js';
import { NotAFile, readInput } from './read-input.js';

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-input-'));

  it('reads a file up to the limit and refuses one past it as TOO_LARGE', async () => {
    writeFileSync(join(dir, 'ten.pdf'), '0123456789');
    expect(Buffer.from(await readInput(join(dir, 'ten.pdf'), 10)).toString()).toBe('0123456789');
    await expect(readInput(join(dir, 'ten.pdf'), 9)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('stops at the limit when stat reports less than the file holds', async () => {
    // /proc files report size 0 and hold text: stat is not what bounds the read.
    const error = await readInput('/proc/self/status', 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConversionError);
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a link to a device, a FIFO and a folder without reading them', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.pdf'));
    execFileSync('mkfifo', [join(dir, 'pipe.pdf')]);
    await expect(readInput(join(dir, 'zero.pdf'))).rejects.toMatchObject({ kind: 'a device' });
    await expect(readInput(join(dir, 'pipe.pdf'))).rejects.toMatchObject({ kind: 'a FIFO (named pipe)' });
    await expect(readInput(dir)).rejects.toBeInstanceOf(NotAFile);
  });
});
