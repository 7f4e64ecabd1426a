import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** what to show instead of the children when they throw */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
  /** changing this resets the boundary (e.g. the route path) */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps one broken card or page from blanking the rest. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept visible in the console for whoever debugs it; the user sees the fallback.
    console.warn('Fulcrum: a view failed to render', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
