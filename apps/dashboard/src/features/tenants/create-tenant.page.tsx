import { Stack, Text, Title } from '@vicinity/ui';
import { CreateTenantForm } from './create-tenant.form';

export function CreateTenantPage() {
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          New tenant
        </Title>
        <Text c="dimmed">
          A tenant holds one business's places, campaigns, end users and API keys. You become its owner.
        </Text>
      </Stack>
      <CreateTenantForm />
    </Stack>
  );
}
