/** Keeps the rest of the app working when the map cannot start (no WebGL, its code not loaded). */
import { Component, type ReactNode } from 'react';
import { failedModuleUrl, faultOf } from '../map/map-fault.ts';
import { mapFailed } from '../state/map-wanted.ts';

export class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The map could not start:', error);
    // The page says why (map-fault-message.tsx) and keeps the first map view in its place.
    mapFailed(faultOf(error), failedModuleUrl(error));
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
