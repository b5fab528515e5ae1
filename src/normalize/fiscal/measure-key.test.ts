import { describe, expect, it } from 'vitest';
import { measureKey } from './measure-key.js';

// Header paths copied from the real notices in samples/real/.
const budget = (path: string) => measureKey(path.split('/'), 'budget');

describe('measureKey', () => {
  it('maps a lone amount column to total', () => {
    expect(budget('预算数')).toBe('total');
    expect(budget('金 额')).toBe('total');
    expect(budget('本年预算')).toBe('total');
    expect(budget('合 计')).toBe('total');
  });

  it('maps the 收入总表 columns (central template)', () => {
    expect(budget('一般公共预算拨款收入')).toBe('generalPublicBudget');
    expect(budget('政府性基金预算拨款收入')).toBe('governmentFund');
    expect(budget('国有资本经营预算拨款收入')).toBe('stateCapital');
    expect(budget('事业收入/金额')).toBe('business');
    expect(budget('事业收入/其中:教育收费')).toBe('educationFees');
    expect(budget('事业单位经营收入')).toBe('businessOperation');
    expect(budget('上级补助收入')).toBe('superiorSubsidy');
    expect(budget('附属单位上缴收入')).toBe('subordinateRemit');
    expect(budget('其他收入')).toBe('other');
    expect(budget('上年结转')).toBe('carryover');
    expect(budget('使用非财政拨款结余')).toBe('nonFiscalSurplus');
  });

  it('splits 公务用车购置及运行维护费 by the funding sources under it, and gives way only to its two parts (Shenzhen 2026 三公, w089 p. 34)', () => {
    expect(budget('公务用车购置及运行维护费/小计/一般公共预算')).toBe('vehicles.generalPublicBudget');
    expect(budget('公务用车购置及运行维护费/公务用车购置费/政府性基金预算')).toBe('vehiclePurchase.governmentFund');
    expect(budget('因公出国(境)费/国有资本经营预算')).toBe('overseasTravel.stateCapital');
  });

  it("reads a 支出总表's 政府采购项目 block as procurement and its reserved parts (Shenzhen 2026 支出总表, w089 p. 19)", () => {
    expect(budget('2026年政府采购项目/小计')).toBe('procurement');
    expect(budget('2026年政府采购项目/其中：2026年政府采购项目中预留给中小企业的项目资金规模')).toBe('procurement.smeReserved');
    expect(budget('2026年政府采购项目/其中：2026年政府采购项目中预留给小型、微型企业的项目资金规模')).toBe('procurement.smallMicroReserved');
  });

  it("reads older and regional wordings of the funding sources (Xi'an 2022 表2/表3, Changsha 2026 收入总体情况表)", () => {
    expect(budget('部门预算/公共预算拨款/小计')).toBe('generalPublicBudget');
    expect(budget('部门预算/用事业基金弥补收支差额')).toBe('nonFiscalSurplus');
    expect(budget('本级财政拨款/其中:经费拨款')).toBe('fundingAppropriation');
  });

  it('lets a 其他资金收入 group give way to its parts, and reads 上年结余、结转 as carryover (Guangzhou, Shenzhen 2026)', () => {
    expect(budget('其他资金收入/事业收入')).toBe('business');
    expect(budget('其他资金收入/事业单位经营收入')).toBe('businessOperation');
    expect(budget('其他资金收入/其他收入')).toBe('other');
    expect(budget('其他资金')).toBe('other');
    expect(budget('上年结余、结转')).toBe('carryover');
    expect(budget('单位资金/事业收入')).toBe('business');
    expect(budget('单位资金/上级补助收入')).toBe('superiorSubsidy');
    expect(budget('单位资金')).toBe('unitFunds');
  });

  it('maps Beijing 预算02表 blocks: 本年收入 gives way, 上年结转结余 prefixes', () => {
    expect(budget('本年收入/小计')).toBe('currentYear');
    expect(budget('本年收入/一般公共预算资金')).toBe('generalPublicBudget');
    expect(budget('本年收入/财政专户管理资金')).toBe('specialAccount');
    expect(budget('上年结转结余/小计')).toBe('carryover');
    expect(budget('上年结转结余/一般公共预算资金')).toBe('carryover.generalPublicBudget');
    expect(budget('上年结转结余/单位资金')).toBe('carryover.unitFunds');
  });

  it('maps expenditure breakdowns', () => {
    expect(budget('预算数/基本支出/小计')).toBe('basic');
    expect(budget('预算数/基本支出/人员经费')).toBe('personnel');
    expect(budget('预算数/基本支出/公用经费')).toBe('publicOperation');
    expect(budget('预算数/项目支出/项目支出总数')).toBe('project');
    expect(budget('预算数/项目支出/扣除基建项目后预算数')).toBe('project.excludingCapitalConstruction');
    expect(budget('人员经费支出')).toBe('personnel');
    expect(budget('专项业务经费支出')).toBe('project');
    expect(budget('人员类')).toBe('personnel');
    expect(budget('一般公共预算支出/基本支出')).toBe('basic');
    expect(budget('2026年基本支出/合计')).toBe('total');
    expect(budget('事业单位经营支出')).toBe('businessOperation');
    expect(budget('对附属单位补助支出')).toBe('subordinateSubsidy');
    expect(budget('上缴上级支出')).toBe('superiorRemit');
  });

  it('maps the central 一般公共预算支出表 year and comparison blocks', () => {
    expect(budget('2025年执行数/执行数')).toBe('priorYear.total');
    expect(budget('2025年执行数/扣除中央基建投资后执行数')).toBe('priorYear.excludingCapitalConstruction');
    expect(budget('2026年预算数/年初预算数/小计')).toBe('total');
    expect(budget('2026年预算数/年初预算数/基本支出')).toBe('basic');
    expect(budget('2026年预算数/扣除中央基建投资后预算数')).toBe('excludingCapitalConstruction');
    expect(budget('2026年预算数比2025年执行数/增减额')).toBe('change');
    expect(budget('2026年预算数比2025年执行数/增减(%)')).toBe('changePct');
    expect(budget('2026年预算数比2025年执行数（扣除中央基建投资）/增减额')).toBe('excludingCapitalConstruction.change');
  });

  it('maps the 三公 columns, with the regional extras', () => {
    expect(budget('合计')).toBe('total');
    expect(budget('“三公”经费财政拨款预算总额')).toBe('total');
    expect(budget('因公出国（境）费')).toBe('overseasTravel');
    expect(budget('公务用车购置及运行维护费/小计')).toBe('vehicles');
    expect(budget('公务用车购置及运行维护费/公务用车购置费')).toBe('vehiclePurchase');
    expect(budget('公务用车购置及运行维护费/公务用车运行维护费')).toBe('vehicleOperation');
    expect(budget('2023年“三公”经费预算数/公务用车购置及运行费/购置费')).toBe('vehiclePurchase');
    expect(budget('2023年“三公”经费预算数/公务用车购置及运行费/运行费')).toBe('vehicleOperation');
    expect(budget('2023年机关运行经费预算数')).toBe('operatingExpenses');
    expect(budget('三公经费预（决）算数（财政拨款）/小计')).toBe('total');
    expect(budget('三公经费预（决）算数（财政拨款）/其中：公务用车购置费')).toBe('vehiclePurchase');
    expect(budget('公务接待费')).toBe('reception');
    expect(budget('会议费')).toBe('meeting');
    expect(budget('培训费')).toBe('training');
  });

  it('maps 财政拨款 panels and groups', () => {
    expect(budget('财政拨款/小计')).toBe('fiscalAppropriation');
    expect(budget('财政拨款/一般公共预算')).toBe('generalPublicBudget');
    expect(budget('一般公共预算拨款/小计')).toBe('generalPublicBudget');
    expect(budget('一般公共预算拨款/其中：专项资金列入部门预算的项目')).toBe('specialFunds');
    expect(budget('政府性基金预算')).toBe('governmentFund');
  });

  it('separates budget and actual blocks of final accounts', () => {
    expect(measureKey(['年初预算数', '基本支出'], 'final_accounts')).toBe('budget.basic');
    expect(measureKey(['决算数', '合计'], 'final_accounts')).toBe('actual.total');
    expect(measureKey(['决算数'], 'final_accounts')).toBe('actual.total');
    expect(measureKey(['上年决算数'], 'budget')).toBe('priorYear.total');
  });

  it('keeps an unrecognised column under its printed path', () => {
    expect(budget('结余分配/本年')).toBe('结余分配/本年');
  });
});
