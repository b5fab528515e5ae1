import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { textView } from '../../tests/support/text-view.js';
import { readGlossary } from './glossary.js';

/** 八、名词解释 of the Langfang 2023 notice as printed, enumerators (1、…10、) stripped. */
const GLOSSARY = [
  { term: '一般公共预算拨款收入', definition: '指市级财政当年拨付的资金。' },
  { term: '事业收入', definition: '指事业单位开展专业业务活动及辅助活动所取得的收入。' },
  { term: '其他收入', definition: '指除“一般公共预算拨款收入”、“事业收入”等以外的收入。主要是按规定动用的租房收入、存款利息收入等。' },
  { term: '基本支出', definition: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。' },
  { term: '项目支出', definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。' },
  { term: '上缴上级支出', definition: '指下级单位上缴上级的支出。' },
  { term: '“三公”经费', definition: '纳入市级财政预算管理的“三公”经费，是指市级部门用财政拨款安排的因公出国（境）费、公务用车购置及运维费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运维费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。' },
  { term: '机关运行费', definition: '为保障全部单位运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。' },
  { term: '上年结转', definition: '指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。' },
  { term: '事业单位经营支出', definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。' },
];

describe('glossary', () => {
  it('reads the ten items of the Langfang 2023 notice; “三公”经费 keeps its quotes', async () => {
    const { glossary } = await convertSample('langfang-org-2023.docx');
    expect(glossary).toEqual(GLOSSARY);
    expect(glossary[6].term).toBe('“三公”经费');
  });

  it('beijing-fgw-2026: unnumbered items; the table-of-contents entry of the section is skipped', () => {
    const glossary = readGlossary(
      textView([
        '六、名词解释',
        '第二部分 2026年度部门预算报表',
        '六、名词解释',
        '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
        '“三公”经费财政拨款预算数：指本部门当年部门预算中财政拨款安排的因公出国（境）费用、公务接待费、公务用车购置和运行维护费预算数。',
        '第二部分',
      ]),
    );
    expect(glossary).toEqual([
      { term: '基本支出', definition: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。' },
      { term: '“三公”经费财政拨款预算数', definition: '指本部门当年部门预算中财政拨款安排的因公出国（境）费用、公务接待费、公务用车购置和运行维护费预算数。' },
    ]);
  });

  it('central-guojia-xinfangju-2026: items numbered 十二、 are items, not section headings', () => {
    const glossary = readGlossary(
      textView(['名词解释', '十二、“三公”经费：纳入中央财政预决算管理的“三公”经费。', '十三、机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。']),
    );
    expect(glossary.map((item) => item.term)).toEqual(['“三公”经费', '机关运行经费']);
  });
});
