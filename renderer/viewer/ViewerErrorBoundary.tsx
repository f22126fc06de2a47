// Catches a failed scene (asset load, context creation) so the rest of the app keeps working.
import { Component, type ReactNode } from 'react';
import { ViewerFallback } from './ViewerFallback';

export interface ViewerErrorBoundaryProps {
  children: ReactNode;
}

export class ViewerErrorBoundary extends Component<ViewerErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('3D view failed:', error instanceof Error ? error.message : String(error));
  }

  override render() {
    return this.state.failed ? <ViewerFallback reason="failed" /> : this.props.children;
  }
}
