// Real notices made distinct: the same DOCX with one extra part, so each copy has
// its own sha256 but converts to the same content.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { samplePath } from './samples.js';

export async function docxVariant(tag: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(samplePath('langfang-org-2023.docx')));
  zip.file(`docProps/variant-${tag}.txt`, tag);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A well-formed Word document that is not a budget notice. */
export async function docxWithText(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
