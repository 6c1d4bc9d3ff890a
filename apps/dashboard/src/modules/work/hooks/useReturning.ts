import { useState } from 'react';

/**
 * The row a reviewer is returning (退回) and the comment that goes with it: the comment form shows while a row
 * is being returned; a return that went through closes it and clears the comment, a cancel only closes it.
 */
export function useReturning<R>(action: { clear: () => void }): Returning<R> {
  const [row, setRow] = useState<R | null>(null);
  const [comment, setComment] = useState('');
  return {
    row,
    comment,
    setComment,
    start: (r: R) => {
      setRow(r);
      action.clear();
    },
    done: () => {
      setRow(null);
      setComment('');
    },
    cancel: () => setRow(null),
  };
}

export interface Returning<R> {
  row: R | null;
  comment: string;
  setComment: (comment: string) => void;
  start: (row: R) => void;
  done: () => void;
  cancel: () => void;
}
