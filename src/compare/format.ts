// Figures as people read them in the reports: 元 with thousands separators, signed changes,
// and a change told in words (增加 250,000 元（+109.12%）).
import { Decimal } from 'decimal.js';
import { isChanged, movement, type Change } from './change.js';

export function formatYuan(value: number | null): string {
  if (value === null) return '—';
  const [whole, fraction] = new Decimal(value).abs().toFixed().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatDelta(value: number | null): string {
  if (value === null) return '—';
  return value > 0 ? `+${formatYuan(value)}` : formatYuan(value);
}

export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${new Decimal(value).abs().toFixed(2)}%`;
}

/** `增加 250,000 元（+109.12%）`, `新增 250,000 元`, `减少至 0（原 26,300 元）`, `持平`. */
export function describeChange(c: Change): string {
  if (!isChanged(c)) return '持平';
  if ((c.base ?? 0) === 0) return `新增 ${formatYuan(c.target)} 元`;
  if ((c.target ?? 0) === 0) return `由 ${formatYuan(c.base)} 元减至 0`;
  const amount = formatYuan(Math.abs(movement(c)));
  return `${movement(c) > 0 ? '增加' : '减少'} ${amount} 元（${formatPercent(c.percent)}）`;
}

/** Indicator and procurement values that may be missing. */
export const orDash = (value: string | number | null): string => (value === null || value === '' ? '—' : String(value));
