import { describe, expect, it } from 'vitest';
import { inputFailure, outputFailure } from './failures.js';
import { NotAFile } from './read-input.js';

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('failures', () => {
  it('names output failures as what they are', () => {
    expect(outputFailure(errno('ENOSPC')).code).toBe('DISK_FULL');
    expect(outputFailure(errno('EDQUOT')).code).toBe('DISK_FULL');
    expect(outputFailure(errno('ENAMETOOLONG')).code).toBe('NAME_TOO_LONG');
    expect(outputFailure(errno('EACCES')).code).toBe('OUTPUT_NOT_WRITABLE');
    expect(outputFailure(errno('EROFS')).code).toBe('OUTPUT_NOT_WRITABLE');
  });

  it('names input failures as what they are', () => {
    expect(inputFailure(errno('ENOENT')).code).toBe('NOT_FOUND');
    expect(inputFailure(errno('EACCES')).code).toBe('UNREADABLE');
    expect(inputFailure(errno('EISDIR')).code).toBe('NOT_A_FILE');
    expect(inputFailure(new NotAFile('a device'))).toMatchObject({ code: 'NOT_A_FILE', message: expect.stringContaining('a device') });
  });

  it('keeps INTERNAL_ERROR for what is not a property of the file', () => {
    expect(inputFailure(new TypeError('x is undefined')).code).toBe('INTERNAL_ERROR');
    expect(outputFailure(new TypeError('x is undefined')).code).toBe('INTERNAL_ERROR');
  });
});
