import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { textView } from '../../tests/support/text-view.js';
import { readOrganization } from './organization.js';

/** The nine （一）…（九） duty paragraphs as printed, enumerators stripped. */
const DUTIES = [
  '承担市委党的建设（基层组织建设）工作领导小组办公室工作职责。围绕党的重大理论和实践问题调查研究，提出加强全市党的建设的建议；负责党的建设制度改革的宏观指导，综合研究党的组织工作、干部工作、人才工作重要方针政策，制定或参与制定全市性重要政策和制度。',
  '统筹全市党员队伍建设、组织员队伍建设的宏观指导以及全市党员发展、教育、管理工作。指导全市党的组织制度、党内生活制度建设；协调指导全市党代表大会、党代表会议、人民代表大会的选举工作；负责全市党代表大会代表的日常管理和服务工作；负责全市党组织建设特别是党的基层组织建设的调查研究、政策制定和宏观指导；负责全市抓党建促脱贫攻坚工作的谋划指导和组织推动；承担市委非公有制经济组织和社会组织工作委员会职责。',
  '负责各级领导班子和干部队伍建设的宏观管理。研究提出领导班子和领导干部队伍建设规划以及干部管理体制的建议，指导领导班子思想作风建设；负责事业单位领导人员宏观管理；负责提出各县（市、区）、廊坊开发区和市直各部门以及其他列入市委管理的领导班子调整、配备的建议；负责市委管理干部的考察，办理职务任免、工资、待遇、退休审批手续；综合管理优秀年轻干部队伍，统筹选育管用工作，指导协调妇女干部、少数民族干部和党外干部培养选拔工作；负责对口支援西藏、新疆干部人才的选派管理及有关工作；负责团职军队转业干部安置工作；负责各县（市、区）、廊坊开发区和市直部门部分乡（科）级干部的备案工作；负责全市选调生、大学生村官的选拔、管理、培养和宏观指导。',
  '负责全市干部教育培训的宏观管理、统筹协调、指导检查；研究拟订全市干部教育工作规划；组织实施市委管理干部和一定层次其他干部的培训；承担市委党员干部教育工作领导小组办公室职责。负责全市组织系统干部监督工作的综合协调和宏观指导；组织开展选人用人工作和执行干部监督制度规定情况的监督检查，处置反映违反干部选拔任用工作政策法规选人用人问题及领导干部相关问题的举报。负责全市干部考核工作的宏观指导和督导检查，组织实施对市委管理领导班子和领导干部的考核工作；指导全市机关目标绩效管理及市级机关职能绩效目标考核；承担市委干部考核领导小组办公室职责。',
  '研究拟订公务员、参照公务员法管理事业单位工作人员管理政策并组织实施。负责公务员、参照公务员法管理事业单位工作人员录用调配、考核奖惩、培训和工资福利等工作；指导全市公务员、参照公务员法管理事业单位工作人员队伍建设。',
  '负责全市人才工作和人才队伍建设的牵头抓总、统筹协调、推进落实。负责牵头人才规划的制定、实施，人才发展体制机制的改革推进；负责“两院”院士、省管高层次人才及市管专家等高端人才的联系服务工作；负责市管优秀专家的选拔管理；负责通武廊人才一体化发展组织实施；承担市委人才工作领导小组办公室职责。',
  '负责全市组织工作的检查督促，及时向市委反映重要情况，提出建议。',
  '统一管理市委机构编制委员会办公室，归口管理市委老干部局。',
  '完成市委交办的其他任务。',
];

describe('organization of the Langfang 2023 notice', async () => {
  const { organization } = await convertSample('langfang-org-2023.docx');

  it('has the nine duties, one string each, without their （一） enumerators', () => {
    expect(organization.duties).toEqual(DUTIES);
  });

  it('reads the 机构设置 table by its header words, skipping its empty row', () => {
    expect(organization.units).toEqual([{ name: '中共廊坊市委组织部本级', nature: '行政', rank: '正处级', funding: '财政拨款' }]);
  });
});

describe('the list of budget units (预算单位构成) as the organization table', () => {
  it('shanghai-putuo-czj-2024 决算 p. 5: 序号 | 单位名称 | 备注, three units, remarks not read as a unit', async () => {
    const { organization } = await convertSample('real/shanghai-putuo-czj-2024-dept-final-account.pdf');
    expect(organization.units.map((unit) => unit.name)).toEqual(['上海市普陀区财政局（本级）', '上海市普陀区财政局财政所', '上海市普陀区国库收付中心']);
  });

  it('fuzhou-yibao-2026 p. 6: rows numbered （一）…（四）', async () => {
    const { organization } = await convertSample('real/fuzhou-yibao-2026-dept-budget.pdf');
    expect(organization.units).toEqual(
      ['福州市医疗保障局(本级)', '福州市医疗保障基金中心', '福州市医疗保障服务行为监测中心', '福州市医疗保障数据技术中心'].map((name) => ({ name, nature: null, rank: null, funding: null })),
    );
  });
});

describe('duties and units in other layouts', () => {
  it('central-guojia-xinfangju-2026: numbered 1. items after 一、部门职责, ending at 二、机构设置', () => {
    const { duties } = readOrganization(
      textView([
        '一、部门职责',
        '1.负责处理国内群众、境外人士、法人及其他组织通过信访渠道给党中央、国务院及领导同志的来信，接待群众来访。',
        '2.综合协调处理跨地区、跨部门的重要信访问题。',
        '二、机构设置',
        '根据上述职责，国家信访局内设13个机构，分别为：',
      ]),
    );
    expect(duties).toEqual(['负责处理国内群众、境外人士、法人及其他组织通过信访渠道给党中央、国务院及领导同志的来信，接待群众来访。', '综合协调处理跨地区、跨部门的重要信访问题。']);
  });

  it('beijing-fgw-2026: 一是…二是… items after a lead-in ending in 主要职责是：', () => {
    const { duties } = readOrganization(
      textView([
        '（一）本部门职责情况',
        '北京市发展和改革委员会负责贯彻落实党中央关于发展改革工作的方针政策、决策部署以及市委有关工作要求，把坚持党对发展改革工作的领导落实到履行职责过程中。主要职责是：',
        '一是拟订并组织实施本市国民经济和社会发展战略、中长期规划和年度计划。',
        '十六是完成市委、市政府交办的其他任务。',
        '（二）机构设置情况',
      ]),
    );
    expect(duties).toEqual(['拟订并组织实施本市国民经济和社会发展战略、中长期规划和年度计划。', '完成市委、市政府交办的其他任务。']);
  });

  it('splits a duties paragraph without enumerators at its semicolons', () => {
    const { duties } = readOrganization(textView(['主要职能：', '负责全市信访工作；受理群众来信来访。', '机构设置：']));
    expect(duties).toEqual(['负责全市信访工作', '受理群众来信来访。']);
  });

  it('changsha-xinfang-2026: without a 机构设置 table, units named in the sentence on the budget\'s scope', () => {
    const { units } = readOrganization(
      textView(['长沙市信访局部门只有本级，没有其他二级预算单位，因此，纳入2026年部门预算编制范围的只有长沙市信访局本级。']),
    );
    expect(units).toEqual([{ name: '长沙市信访局本级', nature: null, rank: null, funding: null }]);
  });

  it('takes no units from a sentence that names only kinds of budget (本部门预算包括：部门本级预算和所属事业单位预算)', () => {
    expect(readOrganization(textView(['纳入本部门预算编制范围的包括：部门本级预算和所属事业单位预算。'])).units).toEqual([]);
  });
});
