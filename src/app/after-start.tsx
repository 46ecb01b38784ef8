import { useEffect } from 'react';

/** Calls back once the app's page is on screen and its handlers are live. */
export function AfterStart({ then }: { then: () => void }) {
  useEffect(then, [then]);
  return null;
}
