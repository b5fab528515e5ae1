import { describe, expect, it } from 'vitest';
import { foldCharacters } from './characters.js';

describe('foldCharacters', () => {
  it('folds Kangxi radicals and CJK radical supplements to the ideographs they stand for', () => {
    expect(foldCharacters('⼯作⼈员')).toBe('工作人员');
    expect(foldCharacters('部⻔预算')).toBe('部门预算');
    expect(foldCharacters('⻓期⻋辆')).toBe('长期车辆');
    // Simplified-Chinese fonts draw 户 with the radical ⼾ (whose NFKC is the traditional 戶).
    expect(foldCharacters('财政专⼾')).toBe('财政专户');
  });

  it('folds compatibility ideographs and deprecated angle brackets', () => {
    expect(foldCharacters('\uF900')).toBe('豈');
    expect(foldCharacters('\u2329公务员考核规定\u232A')).toBe('〈公务员考核规定〉');
    expect(foldCharacters('⸺')).toBe('——');
  });

  it('keeps full-width punctuation and digits as printed', () => {
    expect(foldCharacters('单位：万元（含）１２，')).toBe('单位：万元（含）１２，');
  });
});
