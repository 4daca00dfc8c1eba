import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints and their deliveries: the outbox written with each change, then the delivery log. */
export class Migration20261201233749_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "url" varchar(2048) not null, "events" jsonb not null, "description" varchar(200) null, "active" boolean not null, "paused_reason" varchar(300) null, "secret_sealed" varchar(200) not null, "previous_secret_sealed" varchar(200) null, "previous_secret_expires_at" timestamptz null, "failure_streak" int not null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "webhook_delivery" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "endpoint_id" varchar(36) not null, "event_id" varchar(36) not null, "event" text check ("event" in ('CAMPAIGN_STATUS_CHANGED', 'PLACE_CHANGED', 'ENGAGEMENT_RECORDED', 'CONSENT_CHANGED', 'PRIVACY_REQUEST_COMPLETED', 'END_USER_ERASED', 'TEST')) not null, "payload" text not null, "end_user_id" varchar(36) null, "privacy_request_id" varchar(36) null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED', 'DEAD')) not null, "attempts" int not null, "next_attempt_at" timestamptz null, "claimed_until" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_latency_ms" int null, "last_error" varchar(300) null, "created_at" timestamptz not null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`,
    );
    this.addSql(
      `create index "webhook_delivery_tenant_id_end_user_id_index" on "webhook_delivery" ("tenant_id", "end_user_id");`,
    );
    this.addSql(
      `create index "webhook_delivery_privacy_request_id_index" on "webhook_delivery" ("privacy_request_id");`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
  }
}
