import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Language } from '../../i18n/i18n';
import type { ViewName } from './view-name';
import { ViewFailure } from './ViewFailure';

interface ViewBoundaryProps {
  /** Which view this is: its message names it. */
  view: ViewName;
  lang: Language;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * An error boundary around one view: when the view throws while rendering or in an effect, a
 * localised message takes its place ("The map could not be shown: … The other views still
 * work.") with a Retry button that renders the view again. The rest of the page keeps working.
 *
 * It does not log: React's root reports every error a boundary catches with console.error
 * once (createRoot's default onCaughtError); logging here too would report it twice.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Reported by React's root (see above); nothing more to do.
  }

  private readonly retry = (): void => {
    this.setState({ error: null, failed: false });
  };

  override render(): ReactNode {
    const { view, lang, children } = this.props;
    if (!this.state.failed) return children;
    return <ViewFailure view={view} lang={lang} error={this.state.error} onRetry={this.retry} />;
  }
}
