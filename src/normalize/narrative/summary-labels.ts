// How the genre names each budget-summary figure in prose. Patterns run on
// width-folded text (`（境）` reads `(境)`); within one field, earlier
// patterns are preferred. Quoted phrases are from real notices.

/** Words a label may carry before its amount's connecting words: 预算, 支出, 安排. */
const STATED = '(?:预算)?(?:数)?(?:支出)?';

/** `收支总预算` (central), `预算收支安排` (Langfang), `收入、支出预算总计` (Jiangsu 2017): one figure for both sides. */
const BOTH_SIDES = '收支总预算|(?:预算)?收支(?:预算)?(?:安排|总计|总额)|收入、支出预算总计';

export const revenueTotalLabels = [
  '收入(?:预算)?总计',
  // `2023年预算收入`, `收入预算为`, `当年预算收入`; not `一般公共预算收入` (a part) nor `财政拨款收入预算`.
  '(?<!公共|基金|经营|财政|拨款|转移支付)预算收入(?:总额)?|(?<!预算|拨款|专户|事业|经营|其他|转移支付)收入预算(?:总额)?',
  BOTH_SIDES,
  // Kunming: `2026年单位财务总收入154,991,108.01元`.
  '(?:财务|预算)总收入',
];

export const expenditureTotalLabels = [
  '支出(?:预算)?总计',
  // `2023年支出预算`, `当年预算支出`, `相应安排支出预算`; not `基本支出预算`, `财政拨款支出预算`.
  // Nor a transfer's (`上级专项转移支付支出预算支出29.15万元`, Shenzhen).
  '(?<!公共|基金|经营|财政|拨款|基本|项目|转移支付|转移支付支出)(?:支出预算|预算支出)(?:总额)?',
  BOTH_SIDES,
  // Kunming: `2026年单位预算总支出154,991,108.01元`.
  '(?:财务|预算)总支出',
];

export const revenueCurrentYearLabel = '本年收入合计';
export const expenditureCurrentYearLabel = '本年支出合计';

/** Revenue by source, read within the revenue statement (`其中：一般公共预算收入4196.63万元，基金预算收入0万元，…`). */
export const revenuePartLabels = {
  generalPublicBudget: '一般公共预算(?:财政)?(?:当年)?(?:拨款)?(?:收入|资金)?',
  governmentFund: '政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?|(?<!性)基金预算(?:拨款)?收入',
  stateCapital: '国有资本经营预算(?:财政)?(?:拨款)?(?:收入)?',
  specialAccount: '财政专户(?:管理|核拨)?(?:资金)?(?:事业)?(?:收入)?',
  business: '(?<!管理|核拨)事业收入(?:资金)?',
  businessOperation: '事业单位经营(?:服务)?收入(?:资金)?',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  other: '其他(?:来源)?收入(?:资金)?',
  carryover: '上年结转(?:结余)?(?:资金)?(?:收入)?',
} as const;

/** Expenditure by type, read within the expenditure statement (`其中基本支出1712.98万元，包括人员类项目经费…`). */
export const expenditurePartLabels = {
  basic: `(?<!公共预算|拨款)基本支出${STATED}`,
  project: `(?<!公共预算|拨款)项目支出${STATED}`,
  personnel: '人员(?:类)?(?:项目)?经费(?:支出)?|人员支出',
  publicOperation: '(?<!日常)公用(?:类)?(?:项目)?经费(?:支出)?|公用支出',
  reserve: `(?:单位)?预留机动经费${STATED}`,
} as const;

/** Funds planned to carry into next year (`年终结转结余资金882.21万元`, Beijing): total − this = this year's spending. */
export const carryForwardLabel = '(?:年终结转|结转下年)(?:结余)?(?:资金)?';

export const threePublicTotalLabel = `[“"]?三公[”"]?经费(?:财政拨款)?${STATED}(?:安排)?`;

/** The “三公” categories, read within the “三公” statement. */
export const threePublicPartLabels = {
  overseasTravel: `因公出国\\(境\\)(?:费用?)?${STATED}`,
  vehicles: `公务用车购置(?:及|和)运(?:行维护|行|维)费(?:用)?${STATED}`,
  vehiclePurchase: `公务用车购置费${STATED}`,
  vehicleOperation: `公务用车运(?:行维护|行|维)费${STATED}`,
  reception: `公务接待费${STATED}`,
} as const;

/** `机关运行经费…`; Chongqing: `一般公共预算财政拨款运行经费1,595.96万元`; Xi'an: `机关运行经费（公用经费）预算总额为 1703.46 万元`. */
export const operatingExpensesLabel = `(?:机关|财政拨款)运行经费(?:\\([^)]{1,8}\\))?(?:财政拨款)?${STATED}(?:总额)?(?:安排)?`;
/** A notice saying the body has none (`本单位无机关运行经费。`, Shanghai) states 0; not `无2021年结转的…机关运行经费`. */
export const operatingExpensesNone = '无(?:一般公共预算)?(?:财政拨款)?机关运行经费(?:支出|预算|安排)?(?=[,;。]|$)';
export const procurementTotalLabel = '政府采购预算(?:总额|总计|合计)?';
/** Final accounts: what was bought (`政府采购支出总额共272,067.69万元`, `政府采购金额（以合同签订为准）为251.25万元`). */
export const procurementActualLabel = String.raw`政府采购(?:支出|合同)?(?:总额|金额|总计|合计)(?:\([^)]*\))?`;
export const fixedAssetsLabels = {
  priorYearEnd: '(?:上年末|上年年末)固定资产(?:金额|总额|原值|价值|总值)?',
  plannedPurchases: '拟(?:新增)?购置(?:固定)?资产(?:总额|金额|总值)?',
} as const;

/** What may stand as the subject of a change sentence (`收入较去年增加 54.13 万元`, Changsha). */
export const changeSubjects = {
  total: '(?:收入|支出|收支)(?:预算)?(?:总额|总计)?',
  basic: `(?<!公共预算|拨款)基本支出`,
  project: `(?<!公共预算|拨款)项目支出`,
} as const;
