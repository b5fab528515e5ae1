// The budgetSummary figures as dotted paths (revenue.total …), in schema order,
// so exports and comparisons follow the schema as it grows.
import { z } from 'zod';
import { budgetSummaryRecords, budgetSummarySchema } from '../schema/canonical.js';

function leafPaths(schema: z.ZodObject, prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    if (budgetSummaryRecords.has(key)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return value instanceof z.ZodObject ? leafPaths(value, path) : [path];
  });
}

export const budgetSummaryPaths: readonly string[] = leafPaths(budgetSummarySchema);

export function figureAt(summary: object, path: string): number | null {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], summary);
  return typeof value === 'number' ? value : null;
}
