import type { MembersTable_MembershipFragment, Role } from '@vicinity/schema/graphql';
import { Badge, Button, DataTable, EmptyState, SelectField, type DataTableColumn } from '@vicinity/ui';
import { formatDate } from '../../shared/format-date';
import { isRole, roleLabels, roleOptions } from '../../shared/roles';

export interface MembersTableProps {
  members: readonly MembersTable_MembershipFragment[];
  /** Owners may change roles and remove members; everyone else reads. */
  editable: boolean;
  onChangeRole: (member: MembersTable_MembershipFragment, role: Role) => void;
  onRemove: (member: MembersTable_MembershipFragment) => void;
}

export function MembersTable({ members, editable, onChangeRole, onRemove }: MembersTableProps) {
  const columns: DataTableColumn<MembersTable_MembershipFragment>[] = [
    { key: 'name', header: 'Name', render: (member) => member.operator.name },
    { key: 'email', header: 'Email', render: (member) => member.operator.email },
    {
      key: 'role',
      header: 'Role',
      render: (member) =>
        editable ? (
          <SelectField
            label={`Role of ${member.operator.name}`}
            hideLabel
            options={roleOptions}
            value={member.role}
            onChange={(value) => {
              if (isRole(value) && value !== member.role) onChangeRole(member, value);
            }}
            size="xs"
          />
        ) : (
          <Badge variant="light">{roleLabels[member.role]}</Badge>
        ),
    },
    { key: 'since', header: 'Since', render: (member) => formatDate(member.createdAt) },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (member) => (
        <Button
          variant="subtle"
          size="xs"
          aria-label={`Remove ${member.operator.name}`}
          onClick={() => onRemove(member)}
        >
          Remove
        </Button>
      ),
    });
  }

  return (
    <DataTable
      label="Members"
      columns={columns}
      rows={members}
      rowKey={(member) => member.id}
      empty={<EmptyState title="No members" description="Invite a colleague by email." />}
    />
  );
}
