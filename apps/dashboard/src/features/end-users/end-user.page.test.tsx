import type {
  EndUserQuery,
  EndUserQueryVariables,
  EndUsersQuery,
  EndUsersQueryVariables,
  ReportChildMutation,
  ReportChildMutationVariables,
  RevealEndUserContactMutation,
  RevealEndUserContactMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { endUserProfile, endUserResults } from './end-users.fixtures';

const page = '/t/tenant-acme/end-users/eu-1';

function profileHandler() {
  return graphql.query<EndUserQuery, EndUserQueryVariables>('EndUser', () =>
    HttpResponse.json({ data: { endUser: endUserProfile() } }),
  );
}

describe('end user profile', { timeout: 20_000 }, () => {
  it('explains the policy decision and lists consent newest first', async () => {
    server.use(shellHandler(), profileHandler());
    await renderApp(page);

    expect(
      await screen.findByText('Not targeted: location permission denied and location consent withdrawn'),
    ).toBeInTheDocument();
    expect(screen.getByText('No location basis')).toBeInTheDocument();
    expect(screen.queryByText('Location denied')).not.toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Consent history' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Location: withdrawn');
    expect(entries[0]).toHaveTextContent('Policy version 2');
    expect(entries[1]).toHaveTextContent('Location: granted');
  });

  it('says beside a permission of Always why the location is still not used: no consent', async () => {
    server.use(
      shellHandler(),
      graphql.query<EndUserQuery, EndUserQueryVariables>('EndUser', () =>
        HttpResponse.json({
          data: {
            endUser: endUserProfile({
              locationPermission: 'ALWAYS',
              locationUse: 'Not allowed: the app has permission (Always), but the person has not consented',
            }),
          },
        }),
      ),
    );
    await renderApp(page);
    const facts = await screen.findByText('Location use');
    expect(facts.parentElement).toHaveTextContent(
      'Not allowed: the app has permission (Always), but the person has not consented',
    );
    expect(screen.getByText('Always')).toBeInTheDocument();
  });

  it('masks email and phone until Reveal is clicked, then shows what the API revealed', async () => {
    const reveals: string[] = [];
    server.use(
      shellHandler(),
      profileHandler(),
      graphql.mutation<RevealEndUserContactMutation, RevealEndUserContactMutationVariables>(
        'RevealEndUserContact',
        ({ variables }) => {
          reveals.push(String(variables.id));
          return HttpResponse.json({
            data: {
              revealEndUserContact: {
                __typename: 'RevealedContact',
                email: 'jeanne@example.com',
                phone: '+33 6 12 34 56 12',
              },
            },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    expect(await screen.findByText('Email: j***@e***.com')).toBeInTheDocument();
    expect(screen.getByText('Phone: +33 ••• •• 12')).toBeInTheDocument();
    expect(screen.queryByText(/jeanne@example.com/)).not.toBeInTheDocument();
    expect(screen.getByText(/Revealing is logged/)).toBeInTheDocument();
    expect(reveals).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reveal' }));

    expect(await screen.findByText('Email: jeanne@example.com')).toBeInTheDocument();
    expect(screen.getByText('Phone: +33 6 12 34 56 12')).toBeInTheDocument();
    expect(reveals).toEqual(['eu-1']);
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });

  it('reports a child only after confirmation, then returns to the search saying the end user is gone', async () => {
    const reported: string[] = [];
    server.use(
      shellHandler(),
      profileHandler(),
      graphql.mutation<ReportChildMutation, ReportChildMutationVariables>('ReportChild', ({ variables }) => {
        reported.push(String(variables.id));
        return HttpResponse.json({
          data: {
            reportChild: {
              __typename: 'CompletePrivacyRequestPayload',
              request: { __typename: 'PrivacyRequest', id: 'req-child', status: 'COMPLETED' },
              erased: [{ __typename: 'ErasedCount', kind: 'EndUser', count: 1 }],
            },
          },
        });
      }),
      graphql.query<EndUsersQuery, EndUsersQueryVariables>('EndUsers', () =>
        HttpResponse.json({ data: endUserResults([]) }),
      ),
    );
    const { user, router } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Report as a child' }));
    const dialog = screen.getByRole('dialog', { name: 'Report as a child?' });
    expect(dialog).toHaveTextContent(/erased at once/);
    expect(dialog).toHaveTextContent(/device is suppressed/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(reported).toEqual([]);
    expect(currentPath(router)).toBe(page);

    await user.click(screen.getByRole('button', { name: 'Report as a child' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Report as a child?' })).getByRole('button', {
        name: "Erase child's data",
      }),
    );

    expect(await screen.findByText('The end user is gone')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'End users' })).toBeInTheDocument();
    expect(reported).toEqual(['eu-1']);
    expect(currentPath(router)).toBe('/t/tenant-acme/end-users');
  });
});
