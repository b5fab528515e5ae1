import { describe, expect, it } from 'vitest';
import type { Block } from '../model/document.js';
import { withoutFrames } from './frames.js';

describe('withoutFrames', () => {
  it('reads a one-cell table (a chart in its frame, Xi’an 2022 p. 7) as a paragraph on its page', () => {
    const chart: Block = { type: 'table', rows: [[{ text: '200 180 行政单位 77 76 事业单位 编制人数 实有人数', rowSpan: 1, colSpan: 1 }]], pages: [7] };
    expect(withoutFrames([chart])).toEqual([{ type: 'paragraph', text: '200 180 行政单位 77 76 事业单位 编制人数 实有人数', page: 7 }]);
  });

  it('keeps tables of two cells or more, and other blocks, as they are', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, text: '四、部门人员情况说明' },
      { type: 'table', rows: [[{ text: '合计', rowSpan: 1, colSpan: 1 }, { text: '17,996.68', rowSpan: 1, colSpan: 1 }]] },
      { type: 'table', rows: [[{ text: '序号', rowSpan: 1, colSpan: 1 }], [{ text: '1', rowSpan: 1, colSpan: 1 }]] },
    ];
    expect(withoutFrames(blocks)).toEqual(blocks);
  });
});
