import { useEffect, useEffectEvent, useState } from 'react';

/**
 * A text box bound to an address parameter: it answers as one types, and the parameter follows after a
 * pause (`commit`). When the parameter changes from outside (back, a link), the box shows it.
 */
export function useDebouncedParam(
  value: string,
  commit: (text: string) => void,
  delay = 300,
): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  // Adjusted while rendering, not in an effect: https://react.dev/learn/you-might-not-need-an-effect
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const onCommit = useEffectEvent(commit);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onCommit(text), delay);
    return () => clearTimeout(timer);
  }, [text, value, delay]);
  return [text, setText];
}
