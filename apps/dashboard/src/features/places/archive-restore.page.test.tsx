import type {
  GeofencesPageQueryVariables,
  RestoreBeaconMutation,
  RestoreBeaconMutationVariables,
  RestoreGeofenceMutation,
  RestoreGeofenceMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
// Loaded up front, so the page's lazily loaded map is ready as soon as the page asks for it.
import './geofence-map';
import {
  beacon,
  beaconsHandler,
  circleGeofence,
  geofencesHandler,
  liveCampaignsHandler,
  page,
  placesTenantHandler,
} from './places.fixtures';

const archivedAt = '2025-04-01T09:00:00Z';

describe('archiving and restoring places', () => {
  it('names the running and paused campaigns a geofence would be taken from before archiving it', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler(() => page([circleGeofence('g1', 'Bakery')])),
      liveCampaignsHandler('geofence', [
        { id: 'c1', name: 'Autumn coffee', status: 'ACTIVE' },
        { id: 'c2', name: 'Spring sale', status: 'PAUSED' },
      ]),
    );
    const { user } = await renderApp('/t/tenant-acme/places');

    await user.click(await screen.findByRole('button', { name: /Bakery/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));

    const dialog = await screen.findByRole('dialog', { name: 'Archive a geofence that campaigns use?' });
    expect(dialog).toHaveTextContent(
      'These 2 campaigns use it and will no longer reach people there: “Autumn coffee” (running) and “Spring sale” (paused).',
    );
  });

  it('says so when no running or paused campaign uses the beacon', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      beaconsHandler(() => page([beacon('b1', 'Entrance')])),
      liveCampaignsHandler('beacon', []),
    );
    const { user } = await renderApp('/t/tenant-acme/places/beacons');

    await user.click(await screen.findByRole('button', { name: 'Archive Entrance' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive beacon?' });
    await waitFor(() => expect(dialog).toHaveTextContent('No running or paused campaign uses it.'));
  });

  it('lists the archived geofences when asked, marked as archived, and restores one into the live list', async () => {
    const asked: GeofencesPageQueryVariables[] = [];
    let archived = [{ ...circleGeofence('g1', 'Bakery'), archivedAt }];
    const restored: string[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      geofencesHandler((variables) => {
        asked.push(variables);
        const live = [circleGeofence('g2', 'Station'), ...(restored.length ? [circleGeofence('g1', 'Bakery')] : [])];
        return page(variables.archived ? archived : live);
      }),
      graphql.mutation<RestoreGeofenceMutation, RestoreGeofenceMutationVariables>(
        'RestoreGeofence',
        ({ variables }) => {
          restored.push(String(variables.id));
          archived = [];
          return HttpResponse.json({
            data: { restoreGeofence: { __typename: 'Geofence', id: String(variables.id), archivedAt: null } },
          });
        },
      ),
    );
    const { user } = await renderApp('/t/tenant-acme/places');

    const list = await screen.findByRole('list', { name: 'Geofences' });
    expect(list).toHaveTextContent('Station');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Archived geofences');

    await waitFor(() => expect(screen.getByRole('list', { name: 'Geofences' })).toHaveTextContent('BakeryArchived'));
    expect(asked.at(-1)).toMatchObject({ archived: true });
    expect(asked[0]).not.toHaveProperty('archived');
    await user.click(screen.getByRole('button', { name: 'Restore Bakery' }));

    expect(await screen.findByText('No archived geofences')).toBeInTheDocument();
    expect(restored).toEqual(['g1']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Live geofences');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Geofences' })).toHaveTextContent('Bakery'));
  });

  it('restores an archived beacon from the archived list, where it cannot be edited', async () => {
    let archived = [{ ...beacon('b1', 'Entrance'), archivedAt }];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      beaconsHandler((variables) => page(variables.archived ? archived : [])),
      graphql.mutation<RestoreBeaconMutation, RestoreBeaconMutationVariables>('RestoreBeacon', ({ variables }) => {
        archived = [];
        return HttpResponse.json({
          data: { restoreBeacon: { __typename: 'Beacon', id: String(variables.id), archivedAt: null } },
        });
      }),
    );
    const { user } = await renderApp('/t/tenant-acme/places/beacons');

    expect(await screen.findByText('No beacons yet')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Archived beacons');
    const table = await screen.findByRole('table', { name: 'Beacons' });
    await waitFor(() => expect(table).toHaveTextContent('EntranceArchived'));
    expect(within(table).queryByRole('button', { name: 'Edit Entrance' })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Restore Entrance' }));
    expect(await screen.findByText('No archived beacons')).toBeInTheDocument();
  });
});
