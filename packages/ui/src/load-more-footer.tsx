import { Group, Text } from '@mantine/core';
import { Button } from './button';

export interface LoadMoreFooterProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Below a paged list: how much of it is shown, and a button for the next page when there is one. */
export function LoadMoreFooter({ shown, total, hasMore, loading, onLoadMore }: LoadMoreFooterProps) {
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        Showing {shown} of {total}
      </Text>
      {hasMore ? (
        <Button variant="secondary" size="xs" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      ) : null}
    </Group>
  );
}
