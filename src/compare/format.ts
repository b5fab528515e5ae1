// Figures as people read them in the reports: 元 with thousands separators, signed changes.
import { Decimal } from 'decimal.js';
import { figureLabels } from './figure-labels.js';

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

export function figureLabel(figure: string): string {
  return figureLabels[figure] ? `${figureLabels[figure]} (${figure})` : figure;
}

/** Indicator and procurement values that may be missing. */
export const orDash = (value: string | number | null): string => (value === null || value === '' ? '—' : String(value));
