import { useMutation } from '@apollo/client/react';
import { Button, Group, TextField, toast } from '@vicinity/ui';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { count } from '../../shared/words';
import { ReplayFailedWebhookDeliveriesMutation } from './webhooks.operations';

export interface ReplayFailedFormProps {
  endpointId: string;
  url: string;
}

const today = () => dayjs().format('YYYY-MM-DD');

/** Queues again every failed or dead delivery created on the days chosen (local days, both included). */
export function ReplayFailedForm({ endpointId, url }: ReplayFailedFormProps) {
  const [from, setFrom] = useState(() => dayjs().subtract(6, 'day').format('YYYY-MM-DD'));
  const [to, setTo] = useState(today);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [replayFailed, { loading }] = useMutation(ReplayFailedWebhookDeliveriesMutation, {
    refetchQueries: ['WebhookDeliveries'],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = {
      from: from ? undefined : 'Choose the first day',
      to: !to ? 'Choose the last day' : from && to < from ? 'Choose a last day after the first' : undefined,
    };
    setErrors(problems);
    if (problems.from || problems.to) return;
    try {
      const { data } = await replayFailed({
        variables: {
          input: {
            endpointId,
            from: dayjs(from).startOf('day').toISOString(),
            to: dayjs(to).add(1, 'day').startOf('day').toISOString(),
          },
        },
      });
      const queued = data?.replayFailedWebhookDeliveries ?? 0;
      if (queued === 0) toast.success('No failed deliveries in that period.', 'Nothing to replay');
      else toast.success(`${count(queued, 'delivery', 'deliveries')} to ${url} will be sent again.`, 'Replaying');
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (byField.from || byField.to) setErrors(byField);
      else {
        const described = describeError(caught);
        toast.error(described.message, described.title);
      }
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Replay failed deliveries">
      <Group align="flex-end" gap="sm">
        <TextField
          type="date"
          label="From"
          value={from}
          max={to || today()}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={errors.from}
        />
        <TextField
          type="date"
          label="To"
          value={to}
          min={from || undefined}
          max={today()}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={errors.to}
        />
        <Button type="submit" variant="secondary" loading={loading}>
          Replay failed
        </Button>
      </Group>
    </form>
  );
}
