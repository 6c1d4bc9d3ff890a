import { describe, expect, it } from 'vitest';
import { INITIAL_ROTATION, parseRotate, rotate } from './rotation';

describe('the big screen’s rotating panels', () => {
  it('turns the page at each tick and wraps around', () => {
    let s = INITIAL_ROTATION;
    s = rotate(s, { type: 'tick', count: 3 });
    expect(s.index).toBe(1);
    s = rotate(s, { type: 'tick', count: 3 });
    s = rotate(s, { type: 'tick', count: 3 });
    expect(s.index).toBe(0);
  });

  it('holds the page while paused and turns again once resumed', () => {
    let s = rotate(INITIAL_ROTATION, { type: 'pause' });
    s = rotate(s, { type: 'tick', count: 2 });
    expect(s).toEqual({ index: 0, paused: true });
    s = rotate(s, { type: 'resume' });
    s = rotate(s, { type: 'tick', count: 2 });
    expect(s).toEqual({ index: 1, paused: false });
  });

  it('goes to a chosen page, and a single page never turns', () => {
    expect(rotate(INITIAL_ROTATION, { type: 'go', index: 4, count: 3 }).index).toBe(1);
    expect(rotate(INITIAL_ROTATION, { type: 'tick', count: 1 }).index).toBe(0);
  });

  it('reads the interval from the address, 10 s unless one of the choices', () => {
    expect(parseRotate(null)).toBe(10);
    expect(parseRotate('0')).toBe(0);
    expect(parseRotate('30')).toBe(30);
    expect(parseRotate('7')).toBe(10);
  });
});
