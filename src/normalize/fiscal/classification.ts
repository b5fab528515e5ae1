// Classification codes in every notation the genre prints: a code column
// (2014001), 类/款/项 columns (214 | 01 | 01, higher levels left blank under
// their parent), or the code inside the name ([2014001]行政运行,
// 50101-工资奖金津补贴, 2010101 行政运行).
import type { FiscalLine } from '../../schema/canonical.js';
import { foldWidth } from '../../text/clean.js';

export type Scheme = NonNullable<FiscalLine['scheme']>;

/** The scheme a column header names (功能分类, 部门预算支出经济分类, 政府预算支出经济分类), or null. */
export function schemeFromHeader(header: string): Scheme | null {
  if (/功能/u.test(header)) return 'functional';
  if (/部门.*经济/u.test(header)) return 'economic_department';
  if (/政府.*经济/u.test(header)) return 'economic_government';
  if (/收入.*(分类|科目)/u.test(header)) return 'revenue_source';
  return null;
}

/**
 * The scheme of a code: the header's when it names one, else by the code's
 * first digit (1 revenue, 2 functional, 3 department economic, 5 government economic).
 */
export function schemeOf(code: string, headerScheme: Scheme | null): Scheme | null {
  if (headerScheme === 'economic_department' || headerScheme === 'economic_government') return headerScheme;
  switch (code[0]) {
    case '1':
      return 'revenue_source';
    case '2':
      return 'functional';
    case '3':
      return 'economic_department';
    case '5':
      return 'economic_government';
    default:
      return headerScheme;
  }
}

/** 类 (3 digits), 款 (5), 项 (7, or a region's finer 7-digit economic item). */
export function levelOf(code: string): 1 | 2 | 3 | null {
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return null;
}

const codedName = /^[[【(（]?(\d{3}|\d{5}|\d{7})(?!\d)[\]】)）]?\s*[-－—–:：.·]?\s*(?!年|[、.．%])(\S.*)$/u;

/** A name cell that carries its code (`[2014001]行政运行`, `50101-工资奖金津补贴`): the two parts, or null. */
export function splitCodedName(text: string): { code: string; name: string } | null {
  const match = codedName.exec(foldWidth(text).trim());
  if (!match) return null;
  if (/^[\d,.\s]+$/u.test(match[2])) return null;
  return { code: match[1], name: match[2].trim() };
}

/** A cell holding only a code (`2014001`, ` 30101`, `[201]`), as digits, or null. */
export function codeFromCell(text: string): string | null {
  const match = /^[[【]?(\d{2,9})[\]】]?$/u.exec(foldWidth(text).replace(/\s/gu, ''));
  return match ? match[1] : null;
}

/**
 * Joins 类/款/项 parts into one code. A blank higher level continues the one
 * printed above it (`| 40 |` under `201` is 20140); a part already holding the
 * full code (some templates repeat it) is taken as it stands; a 款/项 part of
 * one digit lost its leading zero to a spreadsheet (Shanghai 2024 prints
 * `301 | 2` for 30102).
 */
export class SplitCodeReader {
  private parents: string[] = [];

  read(parts: readonly string[]): string | null {
    const digits = parts.map((part, level) => {
      const single = level > 0 ? /^\d$/u.exec(foldWidth(part).trim()) : null;
      return single ? `0${single[0]}` : (codeFromCell(part) ?? '');
    });
    const deepest = digits.reduce((at, part, i) => (part ? i : at), -1);
    if (deepest < 0) return null;
    const full = digits[deepest];
    if (deepest > 0 && full.length > 2) {
      this.parents = this.prefixes(full);
      return full;
    }
    let code = '';
    for (let level = 0; level <= deepest; level++) {
      const part = digits[level] || this.parents[level];
      if (!part) return null;
      code += part;
    }
    this.parents = digits.slice(0, deepest + 1).map((part, level) => part || this.parents[level]);
    return code;
  }

  private prefixes(code: string): string[] {
    const parts = [code.slice(0, 3)];
    for (let at = 3; at < code.length; at += 2) parts.push(code.slice(at, at + 2));
    return parts;
  }
}
