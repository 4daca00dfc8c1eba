import { Migration } from '@mikro-orm/migrations';

/** Invitations to join a tenant: one-time tokens kept only as hashes, accepted once by the invited email. */
export class Migration20261202010000_member_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invitation" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "email" varchar(254) not null, "role" text check ("role" in ('OWNER', 'MARKETER', 'ANALYST', 'PRIVACY_OFFICER')) not null, "token_hash" varchar(64) not null, "invited_by_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_tenant_id_email_index" on "invitation" ("tenant_id", "email");`);

    this.addSql(
      `alter table "invitation" add constraint "invitation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "operator" ("id") on update cascade on delete cascade;`,
    );
  }
}
