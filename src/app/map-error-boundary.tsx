/** Keeps the rest of the app working when the map cannot start (no WebGL, chunk not loaded). */
import { Component, type ReactNode } from 'react';
import { mapUnavailable } from '../state/map-wanted';

interface Props {
  message: string;
  children: ReactNode;
}

export class MapErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The map could not start:', error);
    mapUnavailable();
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="map-area__message" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
