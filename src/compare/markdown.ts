// The comparison as a Markdown report.
import type { Comparison } from './compare.js';
import { reportModel } from './report-model.js';

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

export function renderMarkdown(comparison: Comparison): string {
  const model = reportModel(comparison);
  const lines = [`# ${model.title}`, '', ...model.facts.map((fact) => `- ${fact}`), ''];
  if (model.warnings.length > 0) lines.push('## Warnings', '', ...model.warnings.map((w) => `- **${w.code}**: ${w.message}`), '');
  for (const table of model.tables) {
    lines.push(`## ${table.heading}`, '');
    if (table.rows.length === 0) lines.push(table.empty);
    else lines.push(row(table.header), row(table.numeric.map((numeric) => (numeric ? '---:' : '---'))), ...table.rows.map(row));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
