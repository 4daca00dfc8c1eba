import { Migration } from '@mikro-orm/migrations';

/** Invitations to join a tenant: one-time tokens kept only as hashes, accepted once by the invited email. */
export class Migration20261202010000_member_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`invitation\` (\`id\` text not null, \`tenant_id\` text not null, \`email\` text not null, \`role\` text check (\`role\` in ('OWNER', 'MARKETER', 'ANALYST', 'PRIVACY_OFFICER')) not null, \`token_hash\` text not null, \`invited_by_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, \`revoked_at\` datetime null, constraint \`invitation_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`operator\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`invitation_tenant_id_index\` on \`invitation\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`invitation_token_hash_unique\` on \`invitation\` (\`token_hash\`);`);
    this.addSql(`create index \`invitation_invited_by_id_index\` on \`invitation\` (\`invited_by_id\`);`);
    this.addSql(`create index \`invitation_tenant_id_email_index\` on \`invitation\` (\`tenant_id\`, \`email\`);`);
  }
}
