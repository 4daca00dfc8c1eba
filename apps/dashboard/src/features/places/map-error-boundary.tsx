import { ErrorState } from '@vicinity/ui';
import { Component, type ReactNode } from 'react';

interface MapErrorBoundaryProps {
  children: ReactNode;
  /** What the page still offers without its map. */
  message?: string;
}

interface MapErrorBoundaryState {
  failed: boolean;
}

/** A map that cannot start (old browser, failed chunk) leaves the list and forms usable. */
export class MapErrorBoundary extends Component<MapErrorBoundaryProps, MapErrorBoundaryState> {
  override state: MapErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): MapErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <ErrorState
          title="The map could not be shown"
          message={this.props.message ?? 'You can still find, create and edit geofences with the list and the form.'}
        />
      );
    }
    return this.props.children;
  }
}
