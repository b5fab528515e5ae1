import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samplePath } from '../../tests/support/samples.js';
import { ConversionError } from '../errors.js';
import { detectFormat } from './detect.js';

const codeOf = (bytes: Uint8Array): string => {
  try {
    detectFormat(bytes);
    return 'none';
  } catch (error) {
    return (error as ConversionError).code;
  }
};

describe('detectFormat', () => {
  it('reads the format from the content, whatever the name says', () => {
    expect(detectFormat(readFileSync(samplePath('langfang-org-2023.pdf')))).toBe('pdf');
    expect(detectFormat(readFileSync(samplePath('langfang-org-2023.docx')))).toBe('docx');
    expect(detectFormat(readFileSync(samplePath('langfang-org-2023.html')))).toBe('html');
    expect(detectFormat(readFileSync(samplePath('langfang-org-2023.gbk.html')))).toBe('html');
  });
  it('names an empty file', () => {
    expect(codeOf(new Uint8Array())).toBe('EMPTY_FILE');
    expect(codeOf(new Uint8Array(64))).toBe('EMPTY_FILE');
  });
  it('rejects legacy Office files and other content as unsupported', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(ole)).toBe('UNSUPPORTED_FORMAT');
    expect(codeOf(Buffer.from('plain text, no markup'))).toBe('UNSUPPORTED_FORMAT');
  });
  it('recognises a password-protected Word file', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(codeOf(ole)).toBe('ENCRYPTED');
  });
});
