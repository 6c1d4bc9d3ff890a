// The big screen's side panels turn over on their own (every 10 s by default), as wall displays do; a
// viewer who points at a panel holds it (hover pauses), and the dots pick a page by hand.

export interface RotationState {
  /** The page of side panels shown. */
  index: number;
  /** Held by a hover or the pause button: the timer does not turn the page. */
  paused: boolean;
}

export type RotationAction =
  | { type: 'tick'; count: number }
  | { type: 'go'; index: number; count: number }
  | { type: 'pause' }
  | { type: 'resume' };

export const INITIAL_ROTATION: RotationState = { index: 0, paused: false };

/** The next state: a tick turns the page unless paused; the pages wrap around. */
export function rotate(state: RotationState, action: RotationAction): RotationState {
  switch (action.type) {
    case 'tick':
      return state.paused || action.count < 2 ? state : { ...state, index: (state.index + 1) % action.count };
    case 'go':
      return { ...state, index: ((action.index % action.count) + action.count) % action.count };
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'resume':
      return state.paused ? { ...state, paused: false } : state;
  }
}

export const ROTATE_CHOICES = [0, 5, 10, 20, 30, 60] as const;

/** The seconds between pages in the URL (?rotate=10); 0 keeps the first page. */
export function parseRotate(value: string | null): number {
  const n = Number(value ?? 10);
  return (ROTATE_CHOICES as readonly number[]).includes(n) ? n : 10;
}
