import type {
  ChangeMemberRoleMutation,
  ChangeMemberRoleMutationVariables,
  RemoveMemberMutation,
  RemoveMemberMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ada, membership, shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { grace, invitationsHandler, membersHandler } from './members.fixtures';

const page = '/t/tenant-acme/members';

describe('members page', () => {
  it("shows the API's CONFLICT message when the last owner would be demoted, and keeps the role", async () => {
    server.use(
      shellHandler(),
      membersHandler('OWNER', () => [membership('m1', 'OWNER', ada), membership('m2', 'ANALYST', grace)]),
      invitationsHandler(),
      graphql.mutation<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>('ChangeMemberRole', () =>
        graphqlError('CONFLICT', 'A tenant always keeps an owner.'),
      ),
    );
    const { user } = await renderApp(page);

    const roleOfAda = await screen.findByRole('combobox', { name: 'Role of Ada Lovelace' });
    await user.selectOptions(roleOfAda, 'MARKETER');

    expect(await screen.findByRole('alert')).toHaveTextContent('A tenant always keeps an owner.');
    expect(roleOfAda).toHaveValue('OWNER');
  });

  it('removes a member only after confirmation', async () => {
    let members = [membership('m1', 'OWNER', ada), membership('m2', 'ANALYST', grace)];
    const removed: string[] = [];
    server.use(
      shellHandler(),
      membersHandler('OWNER', () => members),
      invitationsHandler(),
      graphql.mutation<RemoveMemberMutation, RemoveMemberMutationVariables>('RemoveMember', ({ variables }) => {
        removed.push(String(variables.input.membershipId));
        members = members.filter((member) => member.id !== String(variables.input.membershipId));
        return HttpResponse.json({
          data: {
            removeMember: {
              __typename: 'RemoveMemberPayload',
              removedMembershipId: String(variables.input.membershipId),
            },
          },
        });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Remove Grace Hopper' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove member?' });
    expect(dialog).toHaveTextContent('Grace Hopper (grace@example.com) will lose access to Acme Coffee.');
    expect(removed).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    expect(await screen.findByRole('table', { name: 'Members' })).not.toHaveTextContent('Grace Hopper');
    expect(removed).toEqual(['m2']);
  });

  it('shows members read-only to a non-owner', async () => {
    server.use(
      shellHandler(),
      membersHandler('ANALYST', () => [membership('m1', 'OWNER', ada), membership('m2', 'ANALYST', grace)]),
    );
    await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Members' });
    expect(within(table).getByRole('row', { name: /Grace Hopper/ })).toHaveTextContent('Analyst');
    expect(screen.getByText(/Only owners can change members/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Role of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });
});
