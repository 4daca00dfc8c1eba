import { ErrorState } from '@vicinity/ui';
import { describeError, errorCode } from './graphql-errors';

export interface QueryErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** Replaces the generic FORBIDDEN message with one that names what the role lacks. */
  forbiddenMessage?: string;
}

export function QueryErrorState({ error, onRetry, forbiddenMessage }: QueryErrorStateProps) {
  const description = describeError(error);
  const message = errorCode(error) === 'FORBIDDEN' && forbiddenMessage ? forbiddenMessage : description.message;
  return (
    <ErrorState title={description.title} message={message} onRetry={description.retryable ? onRetry : undefined} />
  );
}
