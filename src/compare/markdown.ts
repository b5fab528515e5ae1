// A report as Markdown.
import type { ReportModel } from './report-model.js';

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

export function renderMarkdown(model: ReportModel): string {
  const lines = [`# ${model.title}`, '', ...model.facts.map((fact) => `- ${fact}`), ''];
  if (model.warnings.length > 0) lines.push('## 提示', '', ...model.warnings.map((w) => `- **${w.code}**（${w.message}）`), '');
  if (model.headline.length > 0) lines.push('## 要点', '', ...model.headline.map((line) => `- ${line}`), '');
  if (model.notes.length > 0) lines.push(...model.notes.map((note) => `> ${note}`), '');
  for (const table of model.tables) {
    lines.push(`## ${table.heading}`, '');
    if (table.rows.length === 0) lines.push(table.empty);
    else lines.push(row(table.header), row(table.numeric.map((numeric) => (numeric ? '---:' : '---'))), ...table.rows.map(row));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
