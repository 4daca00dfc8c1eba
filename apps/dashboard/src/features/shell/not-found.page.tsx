import { Anchor, EmptyState } from '@vicinity/ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      description="This address does not lead anywhere in the dashboard."
      action={
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
      }
    />
  );
}
