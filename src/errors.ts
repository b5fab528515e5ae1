// A file that yields no document fails with one of the contract's codes and a
// one-line message that says what is wrong and what to do about it.

export const conversionErrorCodes = [
  'EMPTY_FILE',
  'UNSUPPORTED_FORMAT',
  'CORRUPT_FILE',
  'ENCRYPTED',
  'NO_TEXT_LAYER',
  'NOT_A_DISCLOSURE',
  'TIMEOUT',
  'TOO_LARGE',
] as const;

export type ConversionErrorCode = (typeof conversionErrorCodes)[number];

export class ConversionError extends Error {
  constructor(
    readonly code: ConversionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConversionError';
  }
}
