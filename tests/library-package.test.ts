// The library as a user gets it: `npm pack`, installed into a scratch ESM
// project in a temporary folder (offline: the package's declared dependencies
// are linked from this checkout's node_modules, nothing else is reachable),
// a TypeScript consumer type-checked by tsc against the shipped declarations,
// then run: it converts a notice, exports it and compares it through the API.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplePath } from './support/samples.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };

/** The README's library example, as printed there. */
function readmeExample(): string {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library\n'));
  const example = /```ts\n([\s\S]*?)```/u.exec(section);
  if (!example) throw new Error('README.md has no ```ts example under ## Library');
  return example[1];
}

// Proves the declarations are real types, not \`any\`: each misuse must be a type error.
const misuse = `
import { convert, exportPackage, type Disclosure } from 'disclosure';

declare const notice: Disclosure;
// @ts-expect-error fiscalYear is a number
notice.document.fiscalYear = '2023';
// @ts-expect-error convert takes bytes, not a path
void convert('notice.pdf', 'notice.pdf');
// @ts-expect-error an export needs its creation time
void exportPackage([notice], { formats: ['csv'] });
// @ts-expect-error no such format
void exportPackage([notice], { formats: ['pdf'], created: new Date() });
`;

describe('the packed library in a scratch ESM project', () => {
  let app: string;
  let tarball: string;

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'library-'));
    // `npm test` has just built dist/; pack what it built, as `npm publish` would.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], { cwd: repo, encoding: 'utf8' })) as { filename: string }[];
    tarball = join(root, packed[0].filename);
    app = join(root, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    const link = (name: string) => {
      mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
      symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    };
    // Only the dependencies the package declares are there to resolve.
    for (const name of Object.keys(manifest.dependencies)) link(name);
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], { cwd: app, encoding: 'utf8' });
    // The consumer's own types for node:fs (npm prunes what no manifest asks for, so linked after the install).
    link('@types/node');
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], outDir: 'out', skipLibCheck: true },
        include: ['src'],
      }),
    );
    mkdirSync(join(app, 'src'));
    writeFileSync(join(app, 'src', 'main.ts'), readmeExample());
    writeFileSync(join(app, 'src', 'misuse.ts'), misuse);
  });

  it('ships only bin, dist and schemas, with declarations and an exports map', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'disclosure', 'package.json'), 'utf8'));
    expect(installed.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing.filter((path) => !/^package\/(?:bin|dist|schemas)\//u.test(path)).sort()).toEqual(['package/README.md', 'package/package.json']);
  });

  it('type-checks a consumer against the declarations, misuse included', () => {
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = (() => {
      try {
        return execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(result).toBe('');
  });

  it('runs the README example: converts, compares and exports through the typed API', () => {
    const portal = join(app, 'portal');
    const output = execFileSync(process.execPath, [join(app, 'out', 'main.js'), samplePath('langfang-org-2023.docx'), samplePath('langfang-org-2023.html'), portal], {
      cwd: app,
      encoding: 'utf8',
    });
    const lines = output.trimEnd().split('\n');
    expect(lines[0]).toBe('中共廊坊市委组织部 2023 41966300');
    // The same year twice: compare says the years are not consecutive.
    expect(lines.some((line) => line.startsWith('YEARS_NOT_CONSECUTIVE '))).toBe(true);
    expect(lines.at(-1)).toBe('UNSUPPORTED_FORMAT');
    const documents = parse(readFileSync(join(portal, 'documents.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(documents.map((row) => row.file)).toEqual(['langfang-org-2023.docx', 'langfang-org-2023.html']);
    expect(documents[1].notice_id).toBe(documents[0].notice_id);
    const tables = execFileSync('sqlite3', [join(portal, 'disclosure.sqlite'), 'SELECT count(*) FROM documents'], { encoding: 'utf8' });
    expect(tables.trim()).toBe('2');
    expect(JSON.parse(readFileSync(join(portal, 'datapackage.json'), 'utf8')).created).toBe('2024-03-01T00:00:00Z');
  });
});
