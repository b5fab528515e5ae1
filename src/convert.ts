// One file's bytes → validated canonical JSON. Pure: no file system access.
import { createHash } from 'node:crypto';
import { ConversionError } from './errors.js';
import { ingest } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { disclosureSchema, type Disclosure } from './schema/canonical.js';
import { validate } from './validate/index.js';

export interface ConvertOptions {
  /** Milliseconds one file may take (PDF parsing can hang on hostile files). */
  timeoutMs: number;
}

export const defaultConvertOptions: ConvertOptions = { timeoutMs: 120_000 };

export async function convert(
  bytes: Uint8Array,
  fileName: string,
  options: Partial<ConvertOptions> = {},
): Promise<Disclosure> {
  const { timeoutMs } = { ...defaultConvertOptions, ...options };
  const { format, model } = await ingest(bytes, { timeoutMs });
  const disclosure = normalize(model, {
    file: fileName,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    pages: model.pages,
    encoding: model.encoding,
    producer: model.producer,
  });
  disclosure.validation = validate(disclosure);
  const checked = disclosureSchema.safeParse(disclosure);
  if (!checked.success) {
    // Our own output breaking the contract is a bug, not a property of the file.
    throw new Error(`internal error: the canonical document for ${fileName} does not validate: ${checked.error.message}`);
  }
  return checked.data;
}

export { ConversionError };
