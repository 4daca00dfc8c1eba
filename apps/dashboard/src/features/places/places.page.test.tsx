import type {
  ArchiveGeofenceMutation,
  ArchiveGeofenceMutationVariables,
  CreateGeofenceMutation,
  CreateGeofenceMutationVariables,
  GeofenceList_GeofenceFragment,
  GeofencesPageQueryVariables,
  UpdateGeofenceMutation,
  UpdateGeofenceMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { fill } from './fill-field.test-helper';
// Loaded up front, so the page's lazily loaded map is ready as soon as the page asks for it.
import './geofence-map';
import {
  circleGeofence,
  geofencesHandler,
  liveCampaignsHandler,
  page,
  placesTenantHandler,
  polygonGeofence,
} from './places.fixtures';

const placesPage = '/t/tenant-acme/places';

async function mapShapes() {
  const map = await screen.findByRole('region', { name: 'Map of geofences' });
  await waitFor(() => expect(map.querySelector('.leaflet-container')).not.toBeNull());
  return map;
}

describe('places page', () => {
  it('refuses a radius of 0 before sending anything', async () => {
    let sent = 0;
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([])),
      graphql.mutation<CreateGeofenceMutation, CreateGeofenceMutationVariables>('CreateGeofence', () => {
        sent += 1;
        return graphqlError('INTERNAL_SERVER_ERROR', 'not expected');
      }),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: 'New circle' }));
    const form = screen.getByRole('form', { name: 'New circle' });
    await fill(user, within(form).getByLabelText('Name'), 'Flagship store');
    await fill(user, within(form).getByLabelText('Latitude'), '48.8566');
    await fill(user, within(form).getByLabelText('Longitude'), '2.3522');
    await fill(user, within(form).getByLabelText('Radius (m)'), '0');
    await user.click(within(form).getByRole('button', { name: 'Create geofence' }));

    expect(within(form).getByLabelText('Radius (m)')).toBeInvalid();
    expect(form).toHaveTextContent('Radius is between 1 and 100,000 m');
    expect(within(form).getByLabelText('Latitude')).not.toBeInvalid();
    expect(sent).toBe(0);
  });

  it('says at once that a circle is far too large, keeps drawing it, and drops the error when the radius is fixed', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([])),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: 'New circle' }));
    const form = screen.getByRole('form', { name: 'New circle' });
    await fill(user, within(form).getByLabelText('Latitude'), '48.8566');
    await fill(user, within(form).getByLabelText('Longitude'), '2.3522');
    await fill(user, within(form).getByLabelText('Radius (m)'), '2037000');

    expect(within(form).getByLabelText('Radius (m)')).toBeInvalid();
    expect(form).toHaveTextContent('This circle’s radius is 2,037 km; a geofence’s is at most 100 km.');
    const map = await mapShapes();
    await waitFor(() => expect(map.querySelectorAll('path.geofence-draft')).toHaveLength(1));

    await fill(user, within(form).getByLabelText('Radius (m)'), '120');
    expect(within(form).getByLabelText('Radius (m)')).not.toBeInvalid();
    expect(form).not.toHaveTextContent('at most 100 km');
  });

  it('drops an error found on submit once its field is corrected, keeping the others', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([])),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: 'New circle' }));
    const form = screen.getByRole('form', { name: 'New circle' });
    await user.click(within(form).getByRole('button', { name: 'Create geofence' }));
    expect(form).toHaveTextContent('Name the place');
    expect(form).toHaveTextContent('Enter the latitude');

    await fill(user, within(form).getByLabelText('Name'), 'Flagship store');
    expect(form).not.toHaveTextContent('Name the place');
    expect(form).toHaveTextContent('Enter the latitude');
  });

  it('creates a circle from the form alone, showing the API’s field error next to the field it names', async () => {
    const sent: CreateGeofenceMutationVariables['input'][] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([])),
      graphql.mutation<CreateGeofenceMutation, CreateGeofenceMutationVariables>('CreateGeofence', ({ variables }) => {
        sent.push(variables.input);
        return graphqlError('BAD_USER_INPUT', 'tags.0: a tag has at most 40 characters', 'tags.0');
      }),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: 'New circle' }));
    const form = screen.getByRole('form', { name: 'New circle' });
    await fill(user, within(form).getByLabelText('Name'), 'Flagship store');
    await fill(user, within(form).getByLabelText('Tags'), 'a-very-long-tag-name-that-goes-on-and-on');
    await fill(user, within(form).getByLabelText('Latitude'), '48.8566');
    await fill(user, within(form).getByLabelText('Longitude'), '2.3522');
    await fill(user, within(form).getByLabelText('Radius (m)'), '250');
    await user.click(within(form).getByRole('button', { name: 'Create geofence' }));

    expect(await within(form).findByText('A tag has at most 40 characters')).toBeInTheDocument();
    expect(within(form).getByLabelText('Tags')).toBeInvalid();
    expect(within(form).getByLabelText('Radius (m)')).not.toBeInvalid();
    expect(sent).toEqual([
      {
        tenantId: 'tenant-acme',
        name: 'Flagship store',
        tags: ['a-very-long-tag-name-that-goes-on-and-on'],
        center: { latitude: 48.8566, longitude: 2.3522 },
        radiusMeters: 250,
      },
    ]);
  });

  it('says there are no geofences yet, and that none match a search, asking the server with the search', async () => {
    const asked: GeofencesPageQueryVariables[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      geofencesHandler((variables) => {
        asked.push(variables);
        return page([]);
      }),
    );
    const { user } = await renderApp(placesPage);

    expect(await screen.findByText('No geofences yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search by name or tag'), 'harbour');

    expect(await screen.findByText('No geofences match')).toBeInTheDocument();
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', search: 'harbour' });
  });

  it('appends the next page after the last cursor on "Load more"', async () => {
    const afters: (string | null | undefined)[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      geofencesHandler(({ after }) => {
        afters.push(after);
        return after
          ? page([circleGeofence('g3', 'Station')], { totalCount: 3 })
          : page([circleGeofence('g1', 'Bakery'), polygonGeofence('g2', 'Market square')], {
              hasNextPage: true,
              totalCount: 3,
            });
      }),
    );
    const { user } = await renderApp(placesPage);

    const list = await screen.findByRole('list', { name: 'Geofences' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Polygon, 3 vertices')).toBeInTheDocument();
    expect(screen.getByText('2 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await within(list).findByText('Station')).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Bakery'),
      expect.stringContaining('Market square'),
      expect.stringContaining('Station'),
    ]);
    expect(afters).toEqual([undefined, 'cursor-1']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('draws the geofences on the map and offers geoman’s circle and polygon tools to a marketer', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([circleGeofence('g1', 'Bakery'), polygonGeofence('g2', 'Market square')])),
    );
    await renderApp(placesPage);

    const map = await mapShapes();
    await waitFor(() => expect(map.querySelectorAll('path.geofence-shape')).toHaveLength(2));
    expect(within(map).getByTitle('Draw Circle')).toBeInTheDocument();
    expect(within(map).getByTitle('Draw Polygons')).toBeInTheDocument();
    expect(within(map).queryByTitle('Draw Marker')).not.toBeInTheDocument();
  });

  it('shows an analyst the geofences read-only: no drawing tools, no buttons, no form', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('ANALYST'),
      geofencesHandler(() => page([circleGeofence('g1', 'Bakery')])),
    );
    const { user } = await renderApp(placesPage);

    const map = await mapShapes();
    await waitFor(() => expect(map.querySelectorAll('path.geofence-shape')).toHaveLength(1));
    expect(screen.getByText('Your role can view geofences but not change them.')).toBeInTheDocument();
    expect(map.querySelector('.leaflet-pm-toolbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New circle' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import CSV' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Bakery/ }));

    expect(screen.getByRole('button', { name: /Bakery/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save|Archive/ })).not.toBeInTheDocument();
  });

  it('edits a selected circle and saves its new radius with updateGeofence', async () => {
    let stored: GeofenceList_GeofenceFragment = circleGeofence('g1', 'Bakery', ['food']);
    const sent: UpdateGeofenceMutationVariables['input'][] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      geofencesHandler(() => page([stored])),
      graphql.mutation<UpdateGeofenceMutation, UpdateGeofenceMutationVariables>('UpdateGeofence', ({ variables }) => {
        sent.push(variables.input);
        stored = { ...stored, radiusMeters: variables.input.radiusMeters ?? null };
        return HttpResponse.json({ data: { updateGeofence: stored } });
      }),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: /Bakery/ }));
    const form = screen.getByRole('form', { name: 'Edit Bakery' });
    expect(within(form).getByLabelText('Latitude')).toHaveValue('48.8566');
    expect(within(form).getByLabelText('Tags')).toHaveValue('food');
    await fill(user, within(form).getByLabelText('Radius (m)'), '400');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Circle, 400 m')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: 'g1',
        name: 'Bakery',
        tags: ['food'],
        center: { latitude: 48.8566, longitude: 2.3522 },
        radiusMeters: 400,
      },
    ]);
  });

  it('archives a geofence only after confirmation', async () => {
    let geofences = [circleGeofence('g1', 'Bakery'), circleGeofence('g2', 'Station')];
    const archived: string[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      liveCampaignsHandler('geofence'),
      geofencesHandler(() => page(geofences)),
      graphql.mutation<ArchiveGeofenceMutation, ArchiveGeofenceMutationVariables>(
        'ArchiveGeofence',
        ({ variables }) => {
          archived.push(String(variables.id));
          geofences = geofences.filter((geofence) => geofence.id !== variables.id);
          return HttpResponse.json({
            data: {
              archiveGeofence: { __typename: 'Geofence', id: String(variables.id), archivedAt: '2025-04-01T09:00:00Z' },
            },
          });
        },
      ),
    );
    const { user } = await renderApp(placesPage);

    await user.click(await screen.findByRole('button', { name: /Bakery/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive geofence?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(archived).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Archive geofence' }));

    const list = await screen.findByRole('list', { name: 'Geofences' });
    await waitFor(() => expect(list).not.toHaveTextContent('Bakery'));
    expect(list).toHaveTextContent('Station');
    expect(archived).toEqual(['g1']);
  });
});
