// A project's name as the notice prints it in a title (`1.机关工作经费绩效目标表`)
// or a 项目名称 cell (`11000022T000000455794-评审工作经费`).
import { stripEnumerator } from './goals.js';

/** The table-kind words that follow a project name in a title. */
const titleSuffix = /(?:项目)?(?:支出)?(?:绩效目标|绩效指标)(?:申报|批复)?(?:表|情况表)?(?:[（(][^）)]*[)）])?$/u;

/** The project a table title names (enumerator and 绩效目标表 suffix stripped), or null for a generic title. */
export function projectNameFromTitle(title: string | null): string | null {
  if (!title) return null;
  const name = stripEnumerator(title).replace(titleSuffix, '').trim();
  // `项目支出绩效目标表` names no project: what is left is only a generic word.
  return name === '' || /^(?:\d{4}年(?:度)?)?(?:部门|单位)?(?:项目|项目支出)?$/u.test(name) ? null : name;
}

/** A code printed before the name: letters and digits (at least four digits), then a separator. */
const codedName = /^([0-9A-Za-z]*\d{4,}[0-9A-Za-z]*)\s*[-_－—–]+\s*(.+)$/u;

/** `11000022T000000455794-评审工作经费` → code and name; a name without a code keeps code null. */
export function splitProjectCode(text: string): { code: string | null; name: string } {
  const match = codedName.exec(text.trim());
  return match ? { code: match[1], name: match[2].trim() } : { code: null, name: stripEnumerator(text.trim()) };
}
