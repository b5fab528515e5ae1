// The words a notice uses for a budgetSummary figure when it explains a change
// (`公务用车购置费25万元，比2023年预算增加25万元，主要原因是购置公务用车`). Data, in no
// particular order: a word inside a longer matched word does not count (支出 in 项目支出).

export const reasonSubjects: Record<string, readonly string[]> = {
  'revenue.total': ['收入'],
  'expenditure.total': ['支出'],
  'expenditure.basic': ['基本支出'],
  'expenditure.project': ['项目支出'],
  'expenditure.personnel': ['人员经费', '人员支出'],
  'expenditure.publicOperation': ['公用经费', '公用支出'],
  operatingExpenses: ['机关运行经费'],
  'threePublic.total': ['“三公”经费', '"三公"经费', '三公经费', '‘三公’经费'],
  'threePublic.overseasTravel': ['因公出国（境）费', '因公出国(境)费', '因公出国（境）经费', '出国（境）费'],
  'threePublic.vehicles': ['公务用车购置及运行费', '公务车购置及运行费', '公务用车购置及运行维护费'],
  'threePublic.vehiclePurchase': ['公务用车购置费', '公务车购置费', '车辆购置费'],
  'threePublic.vehicleOperation': ['公务用车运行费', '公务车用车运行费', '公务车运行费', '公务用车运行维护费'],
  'threePublic.reception': ['公务接待费'],
  procurementTotal: ['政府采购'],
};

/** The marker that opens the notice's explanation of a change: `增加的主要原因是`, `主要原因：`, `原因是`. */
export const reasonMarker = /(?:主要)?原因(?:是|为)?[：:]?/u;
