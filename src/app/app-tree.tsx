import { StrictMode, useEffect } from 'react';
import { App } from './app.tsx';

/** Calls back once the app's page is on screen and its handlers are live. */
function AfterStart({ then }: { then: () => void }) {
  useEffect(then, [then]);
  return null;
}

/**
 * The app as a page renders it, calling `onStarted` once it is on screen. The prerender renders
 * this very tree: the ids React gives a page's elements (`useId`) follow the tree's shape, and the
 * browser's first render must give the same.
 */
export function AppTree({ onStarted }: { onStarted: () => void }) {
  return (
    <StrictMode>
      <App />
      <AfterStart then={onStarted} />
    </StrictMode>
  );
}
