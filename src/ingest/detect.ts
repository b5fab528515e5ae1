// The format comes from the bytes, never the file name: PDF bytes named .docx
// are read as the PDF they are.
import { ConversionError } from '../errors.js';

export type SourceFormat = 'docx' | 'pdf' | 'html';

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new ConversionError('EMPTY_FILE', 'the file is empty (0 bytes)');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // A password-protected .docx is an OLE container holding the encrypted package.
    if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new ConversionError('ENCRYPTED', 'the Word file is password-protected; remove the password and convert it again');
    }
    throw new ConversionError(
      'UNSUPPORTED_FORMAT',
      'this is a legacy binary Office file (.doc/.xls); save it as .docx or PDF and convert that',
    );
  }
  // %PDF- may follow some garbage bytes; readers accept it within the first KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (looksLikeHtml(bytes)) return 'html';
  if (bytes.every((byte) => byte === 0)) throw new ConversionError('EMPTY_FILE', 'the file holds only zero bytes');
  throw new ConversionError(
    'UNSUPPORTED_FORMAT',
    'the content is neither PDF, DOCX nor HTML; convert the notice to one of those',
  );
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  // ASCII-compatible encodings (UTF-8, GB18030, Big5 …) keep the markup readable as latin1.
  let head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (head.startsWith('\xFF\xFE') || head.startsWith('\xFE\xFF')) {
    head = Buffer.from(bytes.subarray(0, 8192)).toString(head.startsWith('\xFF\xFE') ? 'utf16le' : 'latin1').replace(/\0/g, '');
  }
  return /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|table[\s>]|div[\s>]|p[\s>])/i.test(head);
}
