import { describe, expect, it } from 'vitest';
import { cleanLines, cleanText, foldWidth } from './clean.js';

describe('cleanText', () => {
  it('removes whitespace inside CJK runs', () => {
    expect(cleanText('合  计')).toBe('合计');
    expect(cleanText('计量  单位')).toBe('计量单位');
    expect(cleanText('\u3000项   目 ')).toBe('项目');
  });
  it('joins line breaks without a space between CJK characters', () => {
    expect(cleanText('相关评审\n结果文件')).toBe('相关评审结果文件');
  });
  it('keeps one space between Latin words and numbers', () => {
    expect(cleanText('PDF  producer\nLibreOffice 7.4')).toBe('PDF producer LibreOffice 7.4');
    expect(cleanText('中组发〔2007〕26 号')).toBe('中组发〔2007〕26号');
  });
});

describe('cleanLines', () => {
  it('splits on hard breaks and drops empty lines', () => {
    expect(cleanLines('1.全力做好\n\n 2.加强 培训 ')).toEqual(['1.全力做好', '2.加强培训']);
  });
});

describe('foldWidth', () => {
  it('folds full-width digits and punctuation', () => {
    expect(foldWidth('４１９６．６３')).toBe('4196.63');
    expect(foldWidth('１，２３４')).toBe('1,234');
  });
});
