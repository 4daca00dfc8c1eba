import type {
  InviteMemberMutation,
  InviteMemberMutationVariables,
  RemoveMemberMutation,
  RemoveMemberMutationVariables,
  RevokeInvitationMutation,
  RevokeInvitationMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ada, membership, shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { grace, invitationsHandler, membersHandler, pendingInvitation } from './members.fixtures';

const page = '/t/tenant-acme/members';

describe('inviting members', () => {
  it('invites by email and role in words, shows the one-time link with its expiry, then lists it pending', async () => {
    let pending: ReturnType<typeof pendingInvitation>[] = [];
    let sent: InviteMemberMutationVariables['input'] | undefined;
    server.use(
      shellHandler(),
      membersHandler('OWNER', () => [membership('m1', 'OWNER', ada)]),
      invitationsHandler(() => pending),
      graphql.mutation<InviteMemberMutation, InviteMemberMutationVariables>('InviteMember', ({ variables }) => {
        sent = variables.input;
        const invitation = pendingInvitation('i1', 'grace@example.com', 'ANALYST');
        pending = [invitation];
        return HttpResponse.json({
          data: { inviteMember: { __typename: 'InviteMemberPayload', token: 'vi_one-time', invitation } },
        });
      }),
    );
    const { user } = await renderApp(page);

    await user.type(await screen.findByLabelText('Email to invite'), ' grace@example.com ');
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(within(role).getByRole('option', { name: 'Privacy officer' })).toBeInTheDocument();
    await user.selectOptions(role, 'Analyst');
    await user.click(screen.getByRole('button', { name: 'Invite' }));

    const dialog = await screen.findByRole('dialog', { name: 'Invitation ready' });
    expect(sent).toEqual({ tenantId: 'tenant-acme', email: 'grace@example.com', role: 'ANALYST' });
    expect(within(dialog).getByLabelText('Invitation link')).toHaveValue(
      `${window.location.origin}/signup?invitation=vi_one-time`,
    );
    expect(dialog).toHaveTextContent('join Acme Coffee as analyst, once, with that email address, until Mar 8, 2025');
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    expect(screen.queryByDisplayValue(/vi_one-time/)).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    expect(within(table).getByRole('row', { name: /grace@example.com/ })).toHaveTextContent(
      'grace@example.comAnalystAda LovelaceMar 8, 2025',
    );
    expect(screen.getByLabelText('Email to invite')).toHaveValue('');
  });

  it('says "already a member" next to the email until the email or the members change', async () => {
    let members = [membership('m1', 'OWNER', ada), membership('m2', 'ANALYST', grace)];
    server.use(
      shellHandler(),
      membersHandler('OWNER', () => members),
      invitationsHandler(),
      graphql.mutation<InviteMemberMutation, InviteMemberMutationVariables>('InviteMember', () =>
        graphqlError('CONFLICT', 'This operator is already a member of the tenant', 'email'),
      ),
      graphql.mutation<RemoveMemberMutation, RemoveMemberMutationVariables>('RemoveMember', ({ variables }) => {
        members = members.filter((member) => member.id !== String(variables.input.membershipId));
        return HttpResponse.json({
          data: { removeMember: { __typename: 'RemoveMemberPayload', removedMembershipId: 'm2' } },
        });
      }),
    );
    const { user } = await renderApp(page);
    const email = await screen.findByLabelText('Email to invite');

    await user.type(email, 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('This person is already a member.')).toBeInTheDocument();
    expect(email).toBeInvalid();
    await user.type(email, 'x');
    expect(screen.queryByText('This person is already a member.')).not.toBeInTheDocument();
    await user.type(email, '{Backspace}');

    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('This person is already a member.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Grace Hopper' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove member?' })).getByRole('button', { name: 'Remove member' }),
    );
    expect(await screen.findByRole('table', { name: 'Members' })).not.toHaveTextContent('Grace Hopper');
    expect(screen.queryByText('This person is already a member.')).not.toBeInTheDocument();
    expect(email).toBeValid();
  });

  it('revokes a pending invitation only after confirmation', async () => {
    let pending = [pendingInvitation('i1', 'grace@example.com', 'MARKETER')];
    const revoked: string[] = [];
    server.use(
      shellHandler(),
      membersHandler('OWNER', () => [membership('m1', 'OWNER', ada)]),
      invitationsHandler(() => pending),
      graphql.mutation<RevokeInvitationMutation, RevokeInvitationMutationVariables>(
        'RevokeInvitation',
        ({ variables }) => {
          revoked.push(String(variables.id));
          pending = [];
          return HttpResponse.json({
            data: { revokeInvitation: { __typename: 'Invitation', id: 'i1', revokedAt: '2025-03-02T10:00:00.000Z' } },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Revoke the invitation of grace@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke invitation?' });
    expect(dialog).toHaveTextContent('The link sent to grace@example.com will stop working at once.');
    expect(revoked).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    await expect.poll(() => screen.queryByRole('table', { name: 'Pending invitations' })).toBeNull();
    expect(revoked).toEqual(['i1']);
  });
});
