import type {
  InvitationPreviewQuery,
  InvitationPreviewQueryVariables,
  SignUpMutation,
  SignUpMutationVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ada } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';

const invited = {
  __typename: 'InvitationPreview' as const,
  tenantName: 'Acme Coffee',
  role: 'PRIVACY_OFFICER' as const,
  email: 'grace@example.com',
  expiresAt: '2025-03-08T10:00:00.000Z',
};

function previewHandler(preview: InvitationPreviewQuery['invitationPreview'], asked: string[] = []) {
  return graphql.query<InvitationPreviewQuery, InvitationPreviewQueryVariables>(
    'InvitationPreview',
    ({ variables }) => {
      asked.push(variables.token);
      return HttpResponse.json({ data: { invitationPreview: preview } });
    },
  );
}

async function fillIn(user: Awaited<ReturnType<typeof renderApp>>['user'], email?: string) {
  await user.type(screen.getByLabelText('Name'), 'Grace Hopper');
  if (email) await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), 'a-long-enough-password');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('signing up through an invitation link', () => {
  it('says which tenant and role it joins, fills in the invited email and sends the token', async () => {
    const asked: string[] = [];
    let sent: SignUpMutationVariables['input'] | undefined;
    server.use(
      previewHandler(invited, asked),
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', ({ variables }) => {
        sent = variables.input;
        return HttpResponse.json({
          data: {
            signUp: { __typename: 'AuthPayload', token: 'session', joinedTenantId: 'tenant-acme', operator: ada },
          },
        });
      }),
    );
    const { user, router } = await renderApp('/signup?invitation=vi_secret', { signedIn: false });

    expect(await screen.findByRole('heading', { name: 'Join Acme Coffee' })).toBeInTheDocument();
    expect(screen.getByText(/You are invited as privacy officer, with the email grace@example.com/)).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com');
    expect(asked).toEqual(['vi_secret']);

    await fillIn(user);
    await expect
      .poll(() => sent)
      .toEqual({
        name: 'Grace Hopper',
        email: 'grace@example.com',
        password: 'a-long-enough-password',
        invitation: 'vi_secret',
      });
    // The tenant joined opens, not whichever tenant the operator happened to belong to first.
    await expect.poll(() => currentPath(router)).toBe('/t/tenant-acme');
  });

  it('says a link that is not valid is not, and signs up without it', async () => {
    let sent: SignUpMutationVariables['input'] | undefined;
    server.use(
      previewHandler(null),
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', ({ variables }) => {
        sent = variables.input;
        return HttpResponse.json({
          data: { signUp: { __typename: 'AuthPayload', token: 'session', joinedTenantId: null, operator: ada } },
        });
      }),
    );
    const { user } = await renderApp('/signup?invitation=vi_used', { signedIn: false });

    expect(await screen.findByText('This invitation link is not valid')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
    await fillIn(user, 'grace@example.com');
    await expect
      .poll(() => sent)
      .toEqual({
        name: 'Grace Hopper',
        email: 'grace@example.com',
        password: 'a-long-enough-password',
      });
  });

  it('answers a registered email as a failed log-in would, offers to log in keeping the link, and clears on edit', async () => {
    server.use(
      previewHandler(invited),
      graphql.mutation<SignUpMutation, SignUpMutationVariables>('SignUp', () =>
        graphqlError('UNAUTHENTICATED', 'Email or password is incorrect'),
      ),
    );
    const { user } = await renderApp('/signup?invitation=vi_secret', { signedIn: false });
    await screen.findByRole('heading', { name: 'Join Acme Coffee' });

    await fillIn(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Email or password is incorrect. If you already have an account, log in instead.');
    expect(alert.querySelector('a')).toHaveAttribute('href', '/login?invitation=vi_secret');

    await user.type(screen.getByLabelText('Password'), '!');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
