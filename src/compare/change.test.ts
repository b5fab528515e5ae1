import { describe, expect, it } from 'vitest';
import { change } from './change.js';

describe('change', () => {
  it('subtracts exactly and rounds the percentage half-up to 2 decimals', () => {
    expect(change(0.1, 0.3)).toEqual({ base: 0.1, target: 0.3, delta: 0.2, percent: 200 });
    expect(change(2976800, 2932700)).toEqual({ base: 2976800, target: 2932700, delta: -44100, percent: -1.48 });
    expect(change(8, 9)).toEqual({ base: 8, target: 9, delta: 1, percent: 12.5 });
    expect(change(-200, -100).percent).toBe(50);
  });

  it('has no delta when a side is missing and no percentage from zero', () => {
    expect(change(null, 5)).toEqual({ base: null, target: 5, delta: null, percent: null });
    expect(change(0, 5)).toEqual({ base: 0, target: 5, delta: 5, percent: null });
  });
});
