// Sentence patterns across the genre, each on sentences quoted from real notices in samples/real.
import { describe, expect, it } from 'vitest';
import { readNarrativeSummary } from './read-summary.js';

const yuanOf = (paragraphs: string[]) => Object.fromEntries(Object.entries(readNarrativeSummary(paragraphs)).map(([path, value]) => [path, value.yuan]));

describe('narrative budget summary', () => {
  it('beijing-fgw-2026 part1: 收入预算 with its sources on lines of their own, 上年结转结余, and 年终结转结余 on the spending side', () => {
    const figures = yuanOf([
      '二、收入预算情况说明',
      '2026年度收入预算97851.51万元，比2025年年初预算数99024.2万元减少1172.69万元，下降1.18%。',
      '（一）本年财政拨款收入92600.3万元',
      '1.一般公共预算拨款收入92600.3万元。',
      '2.政府性基金预算拨款收入0万元。',
      '5.事业收入391万元。',
      '9.其他收入1113.3万元。',
      '（三）上年结转结余3746.91万元',
      '三、支出预算情况说明',
      '2026年支出预算97851.51万元，比2025年年初预算数99024.2万元减少1172.69万元，下降1.18%。',
      '（一）基本支出。基本支出预算46714.52万元，占本年支出预算48.17%。',
      '（二）项目支出。项目支出预算50254.78万元，占本年支出预算51.83%。',
      '（三）年终结转结余资金882.21万元。',
      '四、财政拨款“三公”经费预算情况说明',
    ]);
    expect(figures).toMatchObject({
      'revenue.total': 978515100,
      'revenue.generalPublicBudget': 926003000,
      'revenue.governmentFund': 0,
      'revenue.business': 3910000,
      'revenue.other': 11133000,
      'revenue.carryover': 37469100,
      'revenue.currentYear': 941046000,
      'expenditure.total': 978515100,
      'expenditure.basic': 467145200,
      'expenditure.project': 502547800,
      'expenditure.currentYear': 969693000,
      'changeFromPriorYear.total': -11726900,
    });
  });

  it('central-guojia-xinfangju-2026: 收入预算总计 with thousands separators and 占 shares', () => {
    const figures = yuanOf([
      '2026年国家信访局收入预算总计50,616.94万元，其中，一般公共预算拨款收入16,474.82万元，占32.55%；其他收入31,888.00万元，占63.0%；上年结转2,254.12万元，占4.45%。',
      '2026年国家信访局支出预算总计50,616.94万元，其中，基本支出11,056.07万元，占21.84%；项目支出39,560.87万元，占78.16%。',
    ]);
    expect(figures).toMatchObject({
      'revenue.total': 506169400,
      'revenue.generalPublicBudget': 164748200,
      'revenue.other': 318880000,
      'revenue.carryover': 22541200,
      'revenue.currentYear': 483628200,
      'expenditure.basic': 110560700,
      'expenditure.project': 395608700,
    });
  });

  it('changsha-xinfang-2026: 财政专户管理事业收入 is not 事业收入; a change in a sentence of its own; “三公” parts in parentheses', () => {
    const figures = yuanOf([
      '（一）收入预算：包括一般公共预算、政府性基金、国有资本经营预算等财政拨款收入，以及经营收入、事业收入等单位资金。2026年本单位收入预算1935.36万元，其中，一般公共预算拨款1935.36万元，财政专户管理事业收入0.00万元，事业单位经营服务收入0.00万元，上级补助收入0.00万元，其他收入0.00万元，事业收入0.00万元，上年结转0.00万元。',
      '收入较去年增加54.13万元，上升2.88%。主要是本年较上年增加两人，人员经费增加。',
      '（二）“三公”经费预算：2026年长沙市信访局“三公”经费预算数为8.00万元，其中，公务接待费3.00万元，公务用车购置及运行费5.00万元（其中，公务用车购置费0.00万元，公务用车运行费5.00万元），因公出国（境）费0.00万元。',
    ]);
    expect(figures).toMatchObject({
      'revenue.total': 19353600,
      'revenue.generalPublicBudget': 19353600,
      'revenue.specialAccount': 0,
      'revenue.businessOperation': 0,
      'revenue.business': 0,
      'revenue.currentYear': 19353600,
      'changeFromPriorYear.total': 541300,
      'threePublic.total': 80000,
      'threePublic.reception': 30000,
      'threePublic.vehicles': 50000,
      'threePublic.vehiclePurchase': 0,
      'threePublic.vehicleOperation': 50000,
      'threePublic.overseasTravel': 0,
    });
  });

  it('chongqing-shangwu-2026: 收入预算: 2026年年初预算数…; 基本支出增加 / 项目支出减少 as signed changes', () => {
    const figures = yuanOf([
      '(一)收入预算:2026年年初预算数174,900.64万元,其中:一般公共预算拨款101,833.84万元,政府性基金预算拨款41,534.73万元,财政专户管理资金22,070.82万元,事业收入资金2,461.25万元,事业单位经营收入资金6,282.98万元,其他收入资金717.01万元。',
      '支出比2025年减少86,685.29万元,主要是基本支出增加4,372.14万元,项目支出减少91,057.43万元。',
    ]);
    expect(figures).toMatchObject({
      'revenue.total': 1749006400,
      'revenue.generalPublicBudget': 1018338400,
      'revenue.governmentFund': 415347300,
      'revenue.specialAccount': 220708200,
      'revenue.business': 24612500,
      'revenue.businessOperation': 62829800,
      'revenue.other': 7170100,
      'changeFromPriorYear.total': -866852900,
      'changeFromPriorYear.basic': 43721400,
      'changeFromPriorYear.project': -910574300,
    });
  });

  it('xian-bangongting-2026: 当年预算收入 and 预算支出 in one sentence; “三公” 预算支出; 机关运行经费预算安排', () => {
    const figures = yuanOf([
      '本部门当年预算收入9,216.51万元，其中：一般公共预算拨款9,216.51万元，较上年增加208.95万元，增长2.32%，增长的主要原因是：人员经费收入增加；本部门当年预算支出9,216.51万元，其中：一般公共预算拨款9,216.51万元，较上年增加208.95万元，增长2.32%，增长的主要原因是：人员经费支出增加。',
      '本部门当年一般公共预算“三公”经费预算支出3.00万元，较上年减少1.00万元，下降25.00%。',
      '本部门当年机关运行经费预算安排438.98万元，较上年增加26.75万元，增长6.49%，增长的主要原因是：在职人员增加。',
    ]);
    expect(figures).toMatchObject({
      'revenue.total': 92165100,
      'revenue.generalPublicBudget': 92165100,
      'expenditure.total': 92165100,
      'threePublic.total': 30000,
      'operatingExpenses': 4389800,
    });
    // The “三公” change is not the budget's total change.
    expect(figures['changeFromPriorYear.total']).toBeUndefined();
  });

  it('shanghai-putuo-wanli-2024: “三公” parts in numbered sentences; 持平 is a change of 0; 政府采购预算', () => {
    const figures = yuanOf([
      '2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：',
      '（一）因公出国（境）费0万元，比2023年预算持平。主要原因是因公出国（境）费保持不变。',
      '（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。其中：公务用车购置费25万元，比2023年预算增加25万元，主要原因是购置公务用车；公务用车运行费21.56万元，比2023年预算持平，主要原因是公务车用车运行费保持不变。',
      '（三）公务接待费1.35万元。比2023年预算持平，主要原因是公务接待费保持不变。',
      '二、机关运行经费预算',
      '2024年上海市普陀区人民政府万里街道办事处（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为443.18万元。',
      '2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算752.59万元。',
    ]);
    expect(figures).toMatchObject({
      'threePublic.total': 479100,
      'threePublic.overseasTravel': 0,
      'threePublic.vehicles': 465600,
      'threePublic.vehiclePurchase': 250000,
      'threePublic.vehicleOperation': 215600,
      'threePublic.reception': 13500,
      'operatingExpenses': 4431800,
      'procurementTotal': 16624400,
    });
  });

  it('jiangsu-jcy-2017: a sub-total\'s change (一般公共预算收入预算 …与上年相比增加) is not the total\'s', () => {
    const figures = yuanOf(['（一）收入预算总计17996.68万元。包括：', '（1）一般公共预算收入预算17981.68万元，与上年相比增加1454.35万元，增长8.8%。']);
    expect(figures['revenue.total']).toBe(179966800);
    expect(figures['revenue.generalPublicBudget']).toBe(179816800);
    expect(figures['changeFromPriorYear.total']).toBeUndefined();
  });

  it('prints a printed unit as printed (rule 7): 1682.76元 converts as 元', () => {
    expect(yuanOf(['2023年预算收入1682.76元。'])['revenue.total']).toBe(1682.76);
  });

  it('shanghai-putuo-czj-2024 决算: a clause stating the budget and then the actual gives the actual (rule 3)', () => {
    const sentence =
      '“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；' +
      '公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%；公务接待费支出决算为0.00万元，完成预算的0%。';
    const actual = Object.fromEntries(Object.entries(readNarrativeSummary([sentence], 'final_accounts')).map(([path, value]) => [path, value.yuan]));
    expect(actual['threePublic.total']).toBe(0);
    // The same clause in a budget notice is read as printed: the first figure.
    expect(yuanOf([sentence])['threePublic.total']).toBe(9500);
  });

  it('决算 (Xi\'an 卫健委 2022, Foshan 轨道交通局 2019): the budget a sentence states beside the actual is kept with it, before or after', () => {
    const xian = readNarrativeSummary(['2022年度机关运行经费预算627.62万元，支出决算627.62万元，完成预算的100%。'], 'final_accounts');
    expect(xian.operatingExpenses).toMatchObject({ yuan: 6276200, budget: { yuan: 6276200 } });
    const foshan = readNarrativeSummary(['佛山市轨道交通局2019年度“三公”经费财政拨款支出决算为0.16万元，完成预算0万元的0%。'], 'final_accounts');
    expect(foshan['threePublic.total']).toMatchObject({ yuan: 1600, budget: { yuan: 0 } });
    // A budget notice keeps no budget beside its figures: they are budgets already.
    expect(readNarrativeSummary(['2022年度机关运行经费预算627.62万元。'], 'budget').operatingExpenses.budget).toBeUndefined();
  });

  it('决算: 政府采购 as bought (支出总额, 金额 with a note in parentheses); a budget notice\'s figure needs 政府采购预算', () => {
    const shanghai = '上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。';
    const xian = '（一）2022年度政府采购支出总额共272,067.69万元，其中：政府采购货物支出189,972.86万元、政府采购工程支出8,619.1万元、政府采购服务支出73,475.73万元。';
    expect(readNarrativeSummary([shanghai], 'final_accounts').procurementTotal.yuan).toBe(2512500);
    expect(readNarrativeSummary([xian], 'final_accounts').procurementTotal.yuan).toBe(2720676900);
    expect(yuanOf([xian]).procurementTotal).toBeUndefined();
  });

  it('shenzhen 2026: a transfer payment\'s spending is no expenditure total', () => {
    expect(yuanOf(['1.本单位上级专项转移支付支出预算支出29.15万元，无政府性基金预算支出和国有资本经营预算支出。'])['expenditure.total']).toBeUndefined();
  });

  it('guangzhou 2026: a figure cited in a reason clause is no part of the “三公” statement', () => {
    const figures = yuanOf([
      '2026年本部门财政拨款安排“三公”经费162.53万元，比上年增加6.2万元，增长4%，主要原因是一是调整了因公出国（境）经费的经济分类，将用于支付因公出国（境）工作的国内服务费3.2万元由委托业务费调整为因公出国（境）经费。',
      '其中：因公出国（境）费86.47万元，比上年增加3.2万元，增长3.8%，主要原因是调整了因公出国（境）经费的经济分类；公务用车购置及运行维护费61.49万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费61.49万元，比上年增加3.5万元）；公务接待费14.57万元，比上年减少0.5万元。',
    ]);
    expect(figures).toMatchObject({ 'threePublic.total': 1625300, 'threePublic.overseasTravel': 864700, 'threePublic.vehicles': 614900, 'threePublic.reception': 145700 });
  });

  it("xian-fagaiwei 2019: a “三公” sentence's 预算支出 is no expenditure total", () => {
    expect(yuanOf(['2019年本部门一般公共预算“三公”经费及会议费、培训费预算支出共263.72万元，其中：因公出国（境）费10万元。'])['expenditure.total']).toBeUndefined();
  });

  it('reads 机关运行经费 with a bracketed gloss (西安市住建局 2022, w191) and a statement that there is none (上海, w003)', () => {
    expect(yuanOf(['十、机关运行经费安排情况说明', '2022 年本部门机关运行经费（公用经费）预算总额为 1703.46 万元，较上年增加 314.25 万元万元。', '本部门无 2021 年结转的财政拨款机关运行经费支出。'])).toMatchObject({
      operatingExpenses: 17034600,
    });
    expect(yuanOf(['二、机关运行经费预算', '本单位无机关运行经费。'])).toMatchObject({ operatingExpenses: 0 });
    expect(yuanOf(['本部门无 2021 年结转的财政拨款机关运行经费支出。']).operatingExpenses).toBeUndefined();
  });

  it('reads a bare zero as zero in any unit (上海, w011: `“三公”经费预算数为0，与2025年预算持平`)', () => {
    expect(yuanOf(['2026年“三公”经费预算数为0，与2025年预算持平。其中：'])).toMatchObject({ 'threePublic.total': 0 });
    expect(yuanOf(['2026年“三公”经费预算数为10个，与2025年持平。'])['threePublic.total']).toBeUndefined();
  });

  it('reads 财务总收入 and 预算总支出 as the totals (昆明市审计局 2026, w264)', () => {
    const figures = yuanOf([
      '三、预算单位收入情况',
      '（一）部门财务收入情况',
      '2026年单位财务总收入154,991,108.01元，其中：一般公共预算121,884,997.75元，政府性基金0.00元，其他收入33,106,110.26元。',
      '四、预算单位支出情况',
      '2026年单位预算总支出154,991,108.01元。财政拨款安排支出121,884,997.75元，其中：基本支出101,126,495.75元。',
    ]);
    expect(figures).toMatchObject({ 'revenue.total': 154991108.01, 'revenue.generalPublicBudget': 121884997.75, 'revenue.other': 33106110.26, 'expenditure.total': 154991108.01 });
    // Its 基本支出 and 项目支出 are the parts of the 财政拨款 share the next sentence opens, not of the total.
    expect(figures['expenditure.basic']).toBeUndefined();
  });
});
