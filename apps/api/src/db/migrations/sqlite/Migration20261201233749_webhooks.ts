import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints and their deliveries: the outbox written with each change, then the delivery log. */
export class Migration20261201233749_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`webhook_endpoint\` (\`id\` text not null, \`tenant_id\` text not null, \`url\` text not null, \`events\` json not null, \`description\` text null, \`active\` integer not null, \`paused_reason\` text null, \`secret_sealed\` text not null, \`previous_secret_sealed\` text null, \`previous_secret_expires_at\` datetime null, \`failure_streak\` integer not null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`webhook_endpoint_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`webhook_endpoint_tenant_id_index\` on \`webhook_endpoint\` (\`tenant_id\`);`);

    this.addSql(
      `create table \`webhook_delivery\` (\`id\` text not null, \`tenant_id\` text not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`event\` text check (\`event\` in ('CAMPAIGN_STATUS_CHANGED', 'PLACE_CHANGED', 'ENGAGEMENT_RECORDED', 'CONSENT_CHANGED', 'PRIVACY_REQUEST_COMPLETED', 'END_USER_ERASED', 'TEST')) not null, \`payload\` text not null, \`end_user_id\` text null, \`privacy_request_id\` text null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'FAILED', 'DEAD')) not null, \`attempts\` integer not null, \`next_attempt_at\` datetime null, \`claimed_until\` datetime null, \`last_attempt_at\` datetime null, \`last_status_code\` integer null, \`last_latency_ms\` integer null, \`last_error\` text null, \`created_at\` datetime not null, \`delivered_at\` datetime null, constraint \`webhook_delivery_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_delivery_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`webhook_delivery_tenant_id_index\` on \`webhook_delivery\` (\`tenant_id\`);`);
    this.addSql(`create index \`webhook_delivery_endpoint_id_index\` on \`webhook_delivery\` (\`endpoint_id\`);`);
    this.addSql(
      `create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_endpoint_id_created_at_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_tenant_id_end_user_id_index\` on \`webhook_delivery\` (\`tenant_id\`, \`end_user_id\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_privacy_request_id_index\` on \`webhook_delivery\` (\`privacy_request_id\`);`,
    );
  }
}
