import { useLazyQuery, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberField,
  type NumberFieldValue,
  SelectField,
  Stack,
  Text,
  TextField,
  Title,
} from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { CampaignTestSendPlacesQuery, CampaignTestSendQuery } from './campaign-test-send.operations';
import { pointOf } from './test-send-point';

/**
 * Asks the API what a test device would be offered at a point now: the SDK's own eligibility, with the policy's reasons
 * in words. Nothing is sent to the device and nothing is recorded.
 */
export function CampaignTestSend({ campaignId }: { campaignId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="test-send-heading">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="test-send-heading">
          Test send
        </Title>
        <Button variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close' : 'Try it on a test device'}
        </Button>
      </Group>
      {open ? <TestSendForm campaignId={campaignId} /> : null}
    </Stack>
  );
}

function TestSendForm({ campaignId }: { campaignId: string }) {
  const places = useQuery(CampaignTestSendPlacesQuery, { variables: { id: campaignId } });
  const [check, { data, loading, error }] = useLazyQuery(CampaignTestSendQuery, { fetchPolicy: 'network-only' });
  const [deviceId, setDeviceId] = useState('');
  const [latitude, setLatitude] = useState<NumberFieldValue>('');
  const [longitude, setLongitude] = useState<NumberFieldValue>('');
  const [problem, setProblem] = useState<string | null>(null);

  const geofences = places.data?.campaign?.geofences ?? [];
  function fillFromPlace(id: string) {
    const point = pointOf(geofences.find((g) => g.id === id) ?? { id, name: '' });
    if (!point) return;
    setLatitude(Number(point.latitude.toFixed(6)));
    setLongitude(Number(point.longitude.toFixed(6)));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!deviceId.trim()) return setProblem('Enter the device id of a test device the app has registered.');
    if (latitude === '' || latitude < -90 || latitude > 90) return setProblem('Enter a latitude between -90 and 90.');
    if (longitude === '' || longitude < -180 || longitude > 180) {
      return setProblem('Enter a longitude between -180 and 180.');
    }
    setProblem(null);
    void check({ variables: { input: { campaignId, deviceId: deviceId.trim(), position: { latitude, longitude } } } });
  }

  const answer = data?.campaignTestSend;
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        What would a test device be offered at a point, now? Nothing is sent and nothing is recorded.
      </Text>
      <form onSubmit={handleSubmit} aria-label="Test send">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextField
            label="Test device id"
            value={deviceId}
            onChange={(event) => setDeviceId(event.currentTarget.value)}
            style={{ flex: '1 1 200px' }}
          />
          {geofences.length > 0 ? (
            <SelectField
              label="Inside a target"
              options={[
                { value: '', label: 'Choose a geofence' },
                ...geofences.map((g) => ({ value: g.id, label: g.name })),
              ]}
              value=""
              onChange={fillFromPlace}
              style={{ flex: '1 1 180px' }}
            />
          ) : null}
          <NumberField label="Latitude" value={latitude} onChange={setLatitude} allowDecimal style={{ width: 130 }} />
          <NumberField
            label="Longitude"
            value={longitude}
            onChange={setLongitude}
            allowDecimal
            style={{ width: 130 }}
          />
          <Button type="submit" loading={loading}>
            Check
          </Button>
        </Group>
      </form>
      {problem ? (
        <Text c="red.9" size="sm" role="alert">
          {problem}
        </Text>
      ) : null}
      {error ? (
        <Alert color="red" role="alert" title="The check did not work">
          {error.message}
        </Alert>
      ) : null}
      {answer ? (
        <Alert
          color={answer.offered ? 'teal' : 'gray'}
          title={answer.offered ? 'This campaign would be offered' : 'This campaign would not be offered'}
          role="status"
        >
          <Stack gap={4}>
            <Text size="sm">{answer.campaignNote}</Text>
            <Text size="sm">Policy: {answer.explanation}.</Text>
            {answer.offers.length > 0 ? (
              <Text size="sm">Offered here: {answer.offers.map((o) => `“${o.title}”`).join(', ')}</Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
