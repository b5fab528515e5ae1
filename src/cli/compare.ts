// `disclosure compare`: two canonical documents (or two notices, converted first)
// → the year-over-year comparison as JSON, Markdown and HTML.
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareDisclosures, type Comparison } from '../compare/compare.js';
import { renderHtml } from '../compare/html.js';
import { renderMarkdown } from '../compare/markdown.js';
import { convert } from '../convert.js';
import { disclosureSchema, type Disclosure } from '../schema/canonical.js';
import { writeFileAtomic } from './write-atomic.js';

/** A problem with what the user named: the command cannot start. */
export class UnusableInput extends Error {}

/** A canonical JSON file, or a notice (PDF, DOCX, HTML) converted on the way. */
export async function loadDisclosure(path: string, timeoutMs: number): Promise<Disclosure> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UnusableInput(`cannot read ${path} (${error.code ?? error.message})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return convert(bytes, basename(path), { timeoutMs });
  }
  const checked = disclosureSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new UnusableInput(`${path} is not a canonical disclosure document (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return checked.data;
}

export async function compareFiles(basePath: string, targetPath: string, outDir: string | null, timeoutMs: number): Promise<Comparison> {
  const comparison = compareDisclosures(await loadDisclosure(basePath, timeoutMs), await loadDisclosure(targetPath, timeoutMs));
  const json = `${JSON.stringify(comparison, null, 2)}\n`;
  if (!outDir) {
    process.stdout.write(json);
    return comparison;
  }
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(join(outDir, 'compare.json'), json);
  await writeFileAtomic(join(outDir, 'compare.md'), renderMarkdown(comparison));
  await writeFileAtomic(join(outDir, 'compare.html'), renderHtml(comparison));
  return comparison;
}
