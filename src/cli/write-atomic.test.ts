import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces a link at the target name instead of writing through it, and leaves no temporary file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'write-atomic-'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'victim'), 'precious');
    symlinkSync(join(root, 'victim'), join(root, 'out', 'x.json'));
    await writeFileAtomic(join(root, 'out', 'x.json'), '{}\n');
    expect(readFileSync(join(root, 'victim'), 'utf8')).toBe('precious');
    expect(lstatSync(join(root, 'out', 'x.json')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'out', 'x.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(join(root, 'out'))).toEqual(['x.json']);
  });

  it('fails cleanly when the folder cannot take the file, leaving nothing behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'write-atomic-'));
    writeFileSync(join(root, 'a-file'), '');
    await expect(writeFileAtomic(join(root, 'a-file', 'x.json'), '{}')).rejects.toMatchObject({ code: 'ENOTDIR' });
    mkdirSync(join(root, 'taken.json'));
    writeFileSync(join(root, 'taken.json', 'inside'), '');
    await expect(writeFileAtomic(join(root, 'taken.json'), '{}')).rejects.toBeDefined();
    expect(readdirSync(root).sort()).toEqual(['a-file', 'taken.json']);
  });
});
