import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode.js';

/** GB18030 bytes of a text, built from a known mapping (Node has no GB encoder): 预算 = D4 A4 CB E3. */
function gbBytes(markup: string): Buffer {
  return Buffer.concat([Buffer.from(markup, 'latin1'), Buffer.from([0xd4, 0xa4, 0xcb, 0xe3])]);
}

describe('decodeHtml', () => {
  it('honours a BOM over any declaration', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset="gbk"><p>预算', 'utf16le')]);
    expect(decodeHtml(utf16)).toEqual({ text: '<meta charset="gbk"><p>预算', encoding: 'utf-16le' });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>预算', 'utf8')]);
    expect(decodeHtml(utf8)).toEqual({ text: '<p>预算', encoding: 'utf-8' });
  });

  it.each(['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">', "<?xml version='1.0' encoding='gb2312'?>"])(
    'reads GB2312/GBK declared by %s as GB18030',
    (declaration) => {
      expect(decodeHtml(gbBytes(`${declaration}<p>`))).toEqual({ text: `${declaration}<p>预算`, encoding: 'gb18030' });
    },
  );

  it('reads UTF-8 bytes as UTF-8 whatever the declaration says', () => {
    expect(decodeHtml(Buffer.from('<meta charset="gb2312"><p>预算', 'utf8')).text).toBe('<meta charset="gb2312"><p>预算');
  });

  it('reads GB bytes declared as UTF-8 or as a Western encoding from the bytes', () => {
    expect(decodeHtml(gbBytes('<meta charset="utf-8"><p>')).encoding).toBe('gb18030');
    expect(decodeHtml(gbBytes('<meta charset="iso-8859-1"><p>')).encoding).toBe('gb18030');
  });
});
