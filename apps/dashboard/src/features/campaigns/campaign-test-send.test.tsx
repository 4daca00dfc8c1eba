import type {
  CampaignTestSendPlacesQuery,
  CampaignTestSendPlacesQueryVariables,
  CampaignTestSendQuery,
  CampaignTestSendQueryVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { campaign, detailHandler, statsHandler, statsPoint } from './campaign.fixtures';
import { pointOf } from './test-send-point';

const page = '/t/tenant-acme/campaigns/c1';
const noEngagement = statsPoint('2025-04-01T00:00:00.000Z', { delivered: 0, opened: 0, clicked: 0, reach: 0 });

function placesHandler() {
  return graphql.query<CampaignTestSendPlacesQuery, CampaignTestSendPlacesQueryVariables>(
    'CampaignTestSendPlaces',
    () =>
      HttpResponse.json({
        data: {
          campaign: {
            __typename: 'Campaign',
            id: 'c1',
            geofences: [
              {
                __typename: 'Geofence',
                id: 'g1',
                name: 'Flagship store',
                center: { __typename: 'LatLng', latitude: 45.764, longitude: 4.8357 },
                polygon: null,
              },
            ],
          },
        },
      }),
  );
}

describe('campaign test send', { timeout: 20_000 }, () => {
  it('asks what a test device would get inside a target and shows the reasons in words', async () => {
    const asked: CampaignTestSendQueryVariables[] = [];
    server.use(
      shellHandler(),
      detailHandler('MARKETER', () => campaign('c1', 'Morning coffee', { status: 'ACTIVE' })),
      statsHandler([], noEngagement),
      placesHandler(),
      graphql.query<CampaignTestSendQuery, CampaignTestSendQueryVariables>('CampaignTestSend', ({ variables }) => {
        asked.push(variables);
        return HttpResponse.json({
          data: {
            campaignTestSend: {
              __typename: 'CampaignTestSend',
              eligible: false,
              explanation: 'not targeted: location permission given, but no location consent',
              offered: false,
              campaignNote: 'Nothing is offered to this device: see the reasons.',
              offers: [],
            },
          },
        });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Try it on a test device' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the device id');

    await user.type(screen.getByRole('textbox', { name: 'Test device id' }), 'qa-phone');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Inside a target' }), 'Flagship store');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const answer = await screen.findByRole('status');
    expect(answer).toHaveTextContent('This campaign would not be offered');
    expect(answer).toHaveTextContent('Policy: not targeted: location permission given, but no location consent.');
    expect(asked).toEqual([
      { input: { campaignId: 'c1', deviceId: 'qa-phone', position: { latitude: 45.764, longitude: 4.8357 } } },
    ]);
  });

  it('tries a polygon at the mean of its vertices', () => {
    const square = [
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 2 },
      { latitude: 2, longitude: 2 },
      { latitude: 2, longitude: 0 },
    ];
    expect(pointOf({ id: 'p', name: 'Square', polygon: square })).toEqual({ latitude: 1, longitude: 1 });
    expect(pointOf({ id: 'p', name: 'Nothing' })).toBeNull();
  });
});
