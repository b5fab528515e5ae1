import { expect, it } from 'vitest';
import { rejoinDigits } from './text.js';

it.each([
  ['202 6 年', '2026 年'],
  ['17 , 804.62万元', '17,804.62万元'],
  ['4196 .63万元', '4196.63万元'],
  ['1\u00A0234.50', '1234.50'],
  // Not one number: a list number before a year, a list of small numbers, two years.
  ['2. 2023年预算', '2. 2023年预算'],
  ['1, 2, 3', '1, 2, 3'],
  ['2022, 2023', '2022, 2023'],
])('rejoinDigits(%j) = %j', (input, expected) => {
  expect(rejoinDigits(input)).toBe(expected);
});
