// The review model reads where each record and finding was printed from the
// canonical JSON's provenance (廊坊市委组织部 2023, DOCX): the cells it names
// hold the texts the document prints there.
import { describe, expect, it } from 'vitest';
import { reviewModel, type ReviewModel } from '../src/inspect/review-model.js';
import { convertSample } from './support/samples.js';

const disclosure = await convertSample('langfang-org-2023.docx');
const model = reviewModel(disclosure);
const textOf = (model: ReviewModel) => {
  const texts = new Map(model.tables.flatMap((table) => table.rows.flat().map((cell) => [cell.id, cell.text] as const)));
  return (ids: readonly string[]) => ids.map((id) => texts.get(id));
};
const texts = textOf(model);
const findingAt = (path: string) => model.findings.find((finding) => finding.path === path)!;

describe('review model of langfang-org-2023.docx', () => {
  it('shows a header cell named by a finding: the 2022年 column of the 2023 procurement table', () => {
    expect(texts(findingAt('/tables/12/rows/0/7').place.cells)).toEqual(['2022年预留中小微企业份额']);
  });

  it('shows both sides of the procurement 合计 that is not the sum of its lines', () => {
    const finding = findingAt('/procurement/total/amount');
    expect(finding.place.table).toBe(12);
    expect(texts(finding.place.cells)).toContain('合计');
    const against = finding.against.map((place) => texts(place.cells));
    expect(against).toHaveLength(2);
    expect(against[0]).toContain('其他印刷服务');
    expect(against[1]).toContain('旅游服务');
  });

  it('shows the asset items summed against the 资产总额', () => {
    const finding = findingAt('/assets/total');
    expect(finding.against.map((place) => texts(place.cells)[0])).toEqual(['2、车辆（台、辆）', '3、单价在20万元以上的设备', '4、其他固定资产']);
  });

  it('marks the procurement 合计 and 小计 rows as totals and the header rows as header', () => {
    const procurement = model.tables.find((table) => table.index === 12)!;
    const totalRows = procurement.rows.filter((row) => row.some((cell) => cell.total)).map((row) => row[0].text);
    expect(totalRows).toEqual(['合计', '中共廊坊市委组织部本级小计']);
    expect(procurement.rows[0].every((cell) => cell.header)).toBe(true);
    expect(procurement.rows.at(-1)!.some((cell) => cell.header)).toBe(false);
  });
});
