import { Button, Group, Text } from '@vicinity/ui';

export interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: LoadMoreProps) {
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        {shown} of {total}
      </Text>
      {hasMore ? (
        <Button variant="secondary" size="xs" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      ) : null}
    </Group>
  );
}
