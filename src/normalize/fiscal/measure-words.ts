// Header words of value columns → canonical measure keys. Data, tried in
// order against one header segment at a time (folded: no spaces or quotes,
// ASCII digits and parentheses, a leading 其中： removed); the first match wins,
// so the longer, more specific wordings come before the words they contain.
//
// Roles:
// - total:   a word that only says "the amount" (合计, 小计, 预算数, 金额): the
//            column is the total of whatever group it sits under;
// - neutral: a caption over the whole table or panel (2026年预算数, 一般公共预算支出);
// - measure: a canonical key; `transparent` groups give way to the measure under
//            them (基本支出/人员经费 → personnel) — or only to the keys listed —,
//            the others become a prefix (上年结转/基本支出 → carryover.basic);
// - block:   a column block that always prefixes its columns (上年执行数/小计 →
//            priorYear.total); budget/actual only in final-accounts tables.

export type MeasureWord =
  | { pattern: RegExp; role: 'total' | 'neutral' }
  | { pattern: RegExp; role: 'measure'; key: string; transparent?: boolean | readonly string[] }
  | { pattern: RegExp; role: 'block'; key: 'priorYear' | 'budget' | 'actual'; finalAccountsOnly?: boolean };

export const measureWords: readonly MeasureWord[] = [
  // comparisons first: "2026年预算数比2025年执行数（扣除…基建…）" is a comparison block, not a year
  { pattern: /比.*扣除.*基建/u, role: 'measure', key: 'excludingCapitalConstruction' },
  { pattern: /比.*(执行|预算|决算)/u, role: 'neutral' },
  { pattern: /增减.*%|增减率|增长率|增幅|变动率|^%$/u, role: 'measure', key: 'changePct' },
  { pattern: /增减|^差额$|^变动$/u, role: 'measure', key: 'change' },
  { pattern: /扣除.*基建/u, role: 'measure', key: 'excludingCapitalConstruction' },

  // "三公" and the columns regions add to its table
  { pattern: /机关运行经费/u, role: 'measure', key: 'operatingExpenses' },
  { pattern: /三公.*(总额|合计|总计)/u, role: 'total' },
  { pattern: /三公/u, role: 'neutral' },
  { pattern: /因公出国/u, role: 'measure', key: 'overseasTravel' },
  // Gives way to its two parts only: a funding source under it splits it (公务用车购置及运行维护费/小计/一般公共预算 →
  // vehicles.generalPublicBudget, Shenzhen), as under 因公出国(境)费.
  { pattern: /公务用车购置及运行/u, role: 'measure', key: 'vehicles', transparent: ['vehiclePurchase', 'vehicleOperation'] },
  { pattern: /公务用车购置费?$|^购置费?$/u, role: 'measure', key: 'vehiclePurchase' },
  { pattern: /公务用车运行(维护)?费?$|^运行(维护)?费?$/u, role: 'measure', key: 'vehicleOperation' },
  { pattern: /公务接待/u, role: 'measure', key: 'reception' },
  { pattern: /会议费/u, role: 'measure', key: 'meeting' },
  { pattern: /培训费/u, role: 'measure', key: 'training' },

  // funding sources (收入 columns and 财政拨款 breakdowns)
  // 用事业基金弥补收支差额 is the name this source had before the 2019 accounting reform (Xi'an 2022).
  { pattern: /使用非财政拨款结余|非财政拨款结[余转]|用事业基金弥补收支差额/u, role: 'measure', key: 'nonFiscalSurplus' },
  { pattern: /上年结转|年初结转|结转结余$|^结转$|^上年结余[、和及]?结转$/u, role: 'measure', key: 'carryover' },
  { pattern: /上年实户资金余额/u, role: 'measure', key: 'priorYearAccountBalance' },
  { pattern: /^(本年)?财政拨款(收入|资金)?(合计|小计)?$|^本级财政拨款(收入)?$/u, role: 'measure', key: 'fiscalAppropriation', transparent: true },
  { pattern: /专项资金列入部门预算/u, role: 'measure', key: 'specialFunds' },
  { pattern: /^(\d{4}年)?(一般公共预算|政府性基金预算?|国有资本经营预算?)(财政拨款)?(预算)?(基本)?支出$/u, role: 'neutral' },
  { pattern: /一般公共预算|公共财政|^公共预算拨款/u, role: 'measure', key: 'generalPublicBudget', transparent: true },
  // Hunan's 本级财政拨款 splits into 经费拨款 and 纳入预算管理的非税收入拨款.
  { pattern: /^经费拨款$/u, role: 'measure', key: 'fundingAppropriation' },
  { pattern: /^纳入预算管理的非税收入拨款$/u, role: 'measure', key: 'nonTaxRevenueAppropriation' },
  { pattern: /政府性基金/u, role: 'measure', key: 'governmentFund' },
  { pattern: /国有资本经营/u, role: 'measure', key: 'stateCapital' },
  { pattern: /财政专户/u, role: 'measure', key: 'specialAccount' },
  // 决算 tables print the same activity without 事业单位: 经营收入 (收入决算表), 经营支出 (支出决算表).
  { pattern: /事业单位经营|^经营(收入|支出)$/u, role: 'measure', key: 'businessOperation' },
  { pattern: /教育收费/u, role: 'measure', key: 'educationFees' },
  { pattern: /^事业收入/u, role: 'measure', key: 'business', transparent: true },
  { pattern: /上级补助/u, role: 'measure', key: 'superiorSubsidy' },
  { pattern: /附属单位上缴/u, role: 'measure', key: 'subordinateRemit' },
  { pattern: /对附属单位补助/u, role: 'measure', key: 'subordinateSubsidy' },
  { pattern: /上缴上级/u, role: 'measure', key: 'superiorRemit' },
  // 其他资金收入 over 事业收入 | 事业单位经营收入 | 其他收入 (Guangzhou) gives way to its parts.
  { pattern: /^其[他它](收入|资金)/u, role: 'measure', key: 'other', transparent: true },
  // 单位资金 over 事业收入 | 上级补助收入 | … (Shenzhen) gives way to its parts; alone it is `unitFunds`.
  { pattern: /^单位资金$/u, role: 'measure', key: 'unitFunds', transparent: true },
  { pattern: /^本年收入(合计)?$/u, role: 'measure', key: 'currentYear', transparent: true },

  // expenditure by purpose
  { pattern: /^人员(经费|类)(支出)?$|^工资福利支出$/u, role: 'measure', key: 'personnel' },
  { pattern: /^公用(经费|类)(支出)?$|^商品和服务支出$/u, role: 'measure', key: 'publicOperation' },
  { pattern: /^\d{4}年(基本|项目)支出$/u, role: 'neutral' },
  { pattern: /^基本支出/u, role: 'measure', key: 'basic', transparent: true },
  { pattern: /^项目支出总数$/u, role: 'total' },
  { pattern: /^(项目支出|专项业务经费(支出)?)$/u, role: 'measure', key: 'project' },
  { pattern: /^单位预留机动经费$/u, role: 'measure', key: 'reserve' },
  // 决算's 年末结转和结余: what this year's funds leave for the next.
  { pattern: /^结转下年(资金)?$|^年末结转(和|及)?结余$/u, role: 'measure', key: 'carryForward' },

  // blocks of years and of budget vs actual
  { pattern: /^(上年|\d{4}年)(执行数|决算数)$|^上年((预算|决算|执行)数?)?$/u, role: 'block', key: 'priorYear' },
  { pattern: /^(年初)?预算数$|^调整(后)?预算数$/u, role: 'block', key: 'budget', finalAccountsOnly: true },
  { pattern: /决算数$/u, role: 'block', key: 'actual', finalAccountsOnly: true },

  // words that only say "the amount"
  { pattern: /^(合计|小计|总计|(收入|支出)(合计|总计)|本年支出合计|金额|执行数|预算数|决算数|本年预算(数)?|预算金额|年初预算数|收入预算|支出预算|本年支出|本年收入|总额|项目金额)$/u, role: 'total' },
  // A 支出总表's 政府采购项目 block (Shenzhen): the procurement within the spending, and the parts reserved for
  // small and medium (中小企业) and for small and micro enterprises (小型、微型企业).
  { pattern: /预留给?小型、?微型企业|预留给?小微企业/u, role: 'measure', key: 'smallMicroReserved' },
  { pattern: /预留给?中小企业/u, role: 'measure', key: 'smeReserved' },
  { pattern: /政府采购/u, role: 'measure', key: 'procurement' },
  { pattern: /^\d{4}年/u, role: 'neutral' },
  { pattern: /^(部门预算|预算|其中|收入|支出|收支|本年|当年|财政拨款支出|财政拨款收入)$/u, role: 'neutral' },
  // the captions of a 收支总表's expenditure panels (Jiangsu: 功能分类 | 支出用途)
  { pattern: /^(功能分类|经济分类|支出用途)$/u, role: 'neutral' },
];
