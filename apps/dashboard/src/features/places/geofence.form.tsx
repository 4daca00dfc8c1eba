import { useMutation } from '@apollo/client/react';
import type { GeofenceList_GeofenceFragment } from '@vicinity/schema/graphql';
import { Alert, Button, Group, Stack, Text, TextField, Title, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { useStandingErrors } from '../../shared/use-standing-errors';
import {
  drawnShapeProblems,
  geofenceFormField,
  geofenceFormSchema,
  geometryInput,
  type GeofenceFormValues,
} from './geofence-form.schema';
import { CreateGeofenceMutation, UpdateGeofenceMutation } from './places.operations';

export interface GeofenceFormProps {
  tenantId: string;
  /** The geofence being edited, or null for a new one. */
  geofence: GeofenceList_GeofenceFragment | null;
  values: GeofenceFormValues;
  onChange: (values: GeofenceFormValues) => void;
  onSaved: (geofence: GeofenceList_GeofenceFragment) => void;
  onCancel: () => void;
  onArchive: (geofence: GeofenceList_GeofenceFragment) => void;
}

type FieldErrors = Partial<Record<keyof GeofenceFormValues, string>>;

function serverFieldErrors(error: unknown): FieldErrors | null {
  const byField: FieldErrors = {};
  for (const [serverField, message] of Object.entries(fieldErrors(error))) {
    const field = geofenceFormField(serverField);
    if (field && !byField[field]) byField[field] = message;
  }
  return Object.keys(byField).length > 0 ? byField : null;
}

export function GeofenceForm({
  tenantId,
  geofence,
  values,
  onChange,
  onSaved,
  onCancel,
  onArchive,
}: GeofenceFormProps) {
  const [standing, setErrors] = useStandingErrors(values);
  const errors: FieldErrors = { ...standing, ...drawnShapeProblems(values) };
  const [formError, setFormError] = useState<string | null>(null);
  const refetch = { refetchQueries: ['GeofencesPage'], awaitRefetchQueries: true };
  const [createGeofence, { loading: creating }] = useMutation(CreateGeofenceMutation, refetch);
  const [updateGeofence, { loading: updating }] = useMutation(UpdateGeofenceMutation, refetch);

  const set = (field: 'name' | 'tags' | 'latitude' | 'longitude' | 'radiusMeters') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...values, [field]: event.currentTarget.value }),
    error: errors[field],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = geofenceFormSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const fields = { name: parsed.data.name, tags: parsed.data.tags, ...geometryInput(parsed.data) };
    try {
      const saved = geofence
        ? (await updateGeofence({ variables: { input: { id: geofence.id, ...fields } } })).data?.updateGeofence
        : (await createGeofence({ variables: { input: { tenantId, ...fields } } })).data?.createGeofence;
      if (!saved) return;
      toast.success(`${saved.name} is saved.`, geofence ? 'Geofence updated' : 'Geofence created');
      onSaved(saved);
    } catch (caught) {
      const byField = serverFieldErrors(caught);
      if (byField) setErrors(byField);
      else setFormError(describeError(caught).message);
    }
  }

  const title = geofence ? `Edit ${geofence.name}` : values.shape === 'CIRCLE' ? 'New circle' : 'New polygon';
  return (
    <form onSubmit={handleSubmit} noValidate aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextField label="Name" placeholder="Flagship store" {...set('name')} />
        <TextField
          label="Tags"
          placeholder="stores, paris"
          description="Separate tags with commas or semicolons."
          {...set('tags')}
        />
        {values.shape === 'CIRCLE' ? (
          <>
            <Group grow gap="sm" align="flex-start">
              <TextField label="Latitude" inputMode="decimal" placeholder="48.8566" {...set('latitude')} />
              <TextField label="Longitude" inputMode="decimal" placeholder="2.3522" {...set('longitude')} />
            </Group>
            <TextField
              label="Radius (m)"
              inputMode="decimal"
              description="1 to 100,000 metres. You can also drag the circle or its edge on the map."
              {...set('radiusMeters')}
            />
          </>
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {values.polygon.length} vertices
            </Text>
            <Text size="xs" c="dimmed">
              Drag the vertices or the whole polygon on the map to reshape or move it.
            </Text>
            {errors.polygon ? (
              <Text size="xs" c="red" role="alert">
                {errors.polygon}
              </Text>
            ) : null}
          </Stack>
        )}
        <Group justify="space-between" mt="xs">
          <Group gap="sm">
            <Button type="submit" loading={creating || updating}>
              {geofence ? 'Save changes' : 'Create geofence'}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
          {geofence ? (
            <Button variant="subtle" onClick={() => onArchive(geofence)}>
              Archive
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
