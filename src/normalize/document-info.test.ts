import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { textView } from '../../tests/support/text-view.js';
import { readDocumentInfo } from './document-info.js';

describe('document info', () => {
  it('reads the Langfang 2023 notice', async () => {
    const { document } = await convertSample('langfang-org-2023.docx');
    expect(document).toEqual({
      title: '中共廊坊市委组织部2023年单位预算信息公开情况说明',
      unit: '中共廊坊市委组织部',
      fiscalYear: 2023,
      stage: 'budget',
      scope: 'unit',
      region: '廊坊市',
      currencyUnit: '万元',
    });
  });

  it('shanghai-putuo-wanli-2024: a title naming only the district takes the body from 预算主管部门：', () => {
    const info = readDocumentInfo(textView(['上海市普陀区2024年区级部门预算', '预算主管部门：上海市普陀区人民政府万里街道办事处', '2024年，收入预算15621.11万元。']));
    expect(info.unit).toBe('上海市普陀区人民政府万里街道办事处');
    expect(info.region).toBe('上海市普陀区');
  });

  it('xian-bangongting-2026: drops the （汇总） scope note; a central body has no region', () => {
    expect(readDocumentInfo(textView(['西安市人民政府办公厅（汇总）2026年部门预算公开说明'])).unit).toBe('西安市人民政府办公厅');
    expect(readDocumentInfo(textView(['国家信访局2026年度部门预算'])).region).toBeNull();
  });
});
