import { Migration } from '@mikro-orm/migrations';

/**
 * The schema as it stood before versioned migrations: what the server created by a schema diff at start until now.
 * A database made then already has these tables; it is adopted as it is, with every row.
 */
export class Migration20261201000000_baseline extends Migration {
  static readonly adopts = [
    'operator',
    'session',
    'tenant',
    'suppressed_device',
    'retention_run',
    'membership',
    'geofence',
    'end_user',
    'privacy_request',
    'consent_record',
    'campaign',
    'engagement_event',
    'beacon',
    'campaign_target',
    'audit_entry',
    'api_key',
    'usage_counter',
  ] as const;

  override up(): void {
    this.addSql(
      'create table `operator` (`id` text not null, `email` text not null, `name` text not null, `password_hash` text not null, `created_at` datetime not null, primary key (`id`))',
    );
    this.addSql('create unique index `operator_email_unique` on `operator` (`email`)');
    this.addSql(
      'create table `session` (`id` text not null, `operator_id` text not null, `token_hash` text not null, `created_at` datetime not null, `expires_at` datetime not null, `revoked_at` datetime null, constraint `session_operator_id_foreign` foreign key(`operator_id`) references `operator`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `session_operator_id_index` on `session` (`operator_id`)');
    this.addSql('create unique index `session_token_hash_unique` on `session` (`token_hash`)');
    this.addSql(
      "create table `tenant` (`id` text not null, `name` text not null, `minimum_age` integer not null default 13, `timezone` text not null default 'UTC', `require_marketing_consent` integer not null default true, `policy_version` text not null default '1', `created_at` datetime not null, `catalog_version` integer not null default 0, `suspended_at` datetime null, `event_retention_days` integer not null default 395, `inactive_end_user_days` integer not null default 730, `purge_lease_until` datetime null, primary key (`id`))",
    );
    this.addSql(
      "create table `suppressed_device` (`id` text not null, `tenant_id` text not null, `device_hash` text not null, `reason` text not null default 'CHILD', `created_at` datetime not null, constraint `suppressed_device_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `suppressed_device_tenant_id_index` on `suppressed_device` (`tenant_id`)');
    this.addSql(
      'create unique index `suppressed_device_tenant_id_device_hash_unique` on `suppressed_device` (`tenant_id`, `device_hash`)',
    );
    this.addSql(
      'create table `retention_run` (`id` text not null, `tenant_id` text not null, `trigger` text not null, `ran_at` datetime not null, `finished_at` datetime null, `erased` json not null, constraint `retention_run_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `retention_run_tenant_id_index` on `retention_run` (`tenant_id`)');
    this.addSql('create index `retention_run_tenant_id_ran_at_index` on `retention_run` (`tenant_id`, `ran_at`)');
    this.addSql(
      "create table `membership` (`id` text not null, `tenant_id` text not null, `operator_id` text not null, `role` text check (`role` in ('OWNER', 'MARKETER', 'ANALYST', 'PRIVACY_OFFICER')) not null, `created_at` datetime not null, constraint `membership_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `membership_operator_id_foreign` foreign key(`operator_id`) references `operator`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `membership_tenant_id_index` on `membership` (`tenant_id`)');
    this.addSql('create index `membership_operator_id_index` on `membership` (`operator_id`)');
    this.addSql(
      'create unique index `membership_tenant_id_operator_id_unique` on `membership` (`tenant_id`, `operator_id`)',
    );
    this.addSql(
      "create table `geofence` (`id` text not null, `tenant_id` text not null, `name` text not null, `shape` text check (`shape` in ('CIRCLE', 'POLYGON')) not null, `center_latitude` double null, `center_longitude` double null, `radius_meters` double null, `vertices` json null, `min_latitude` double not null, `min_longitude` double not null, `max_latitude` double not null, `max_longitude` double not null, `tags_text` text not null default '', `archived_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, constraint `geofence_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `geofence_tenant_id_index` on `geofence` (`tenant_id`)');
    this.addSql('create index `geofence_tenant_id_created_at_index` on `geofence` (`tenant_id`, `created_at`)');
    this.addSql('create index `geofence_tenant_id_name_index` on `geofence` (`tenant_id`, `name`)');
    this.addSql(
      "create table `end_user` (`id` text not null, `tenant_id` text not null, `device_id` text not null, `external_id` text null, `platform` text check (`platform` in ('IOS', 'ANDROID', 'WEB')) null, `locale` text null, `country_code` text null, `birth_date` text null, `age` integer null, `location_permission` text check (`location_permission` in ('ALWAYS', 'WHEN_IN_USE', 'DENIED', 'NOT_DETERMINED')) not null default 'NOT_DETERMINED', `email` text null, `phone` text null, `name` text null, `restricted_at` datetime null, `objected_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, `last_seen_at` datetime not null, constraint `end_user_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `end_user_tenant_id_index` on `end_user` (`tenant_id`)');
    this.addSql('create index `end_user_tenant_id_external_id_index` on `end_user` (`tenant_id`, `external_id`)');
    this.addSql('create index `end_user_tenant_id_email_index` on `end_user` (`tenant_id`, `email`)');
    this.addSql('create index `end_user_tenant_id_created_at_index` on `end_user` (`tenant_id`, `created_at`)');
    this.addSql('create unique index `end_user_tenant_id_device_id_unique` on `end_user` (`tenant_id`, `device_id`)');
    this.addSql(
      "create table `privacy_request` (`id` text not null, `tenant_id` text not null, `type` text check (`type` in ('ACCESS', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'RECTIFICATION', 'CHILD_ERASURE')) not null, `status` text check (`status` in ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'DENIED')) not null, `received_at` datetime not null, `due_at` datetime not null, `completed_at` datetime null, `jurisdiction` text check (`jurisdiction` in ('EU_EEA_UK_CH', 'US_CA', 'OTHER')) not null, `acknowledge_by` datetime null, `extended_until` datetime null, `extension_reason` text null, `denial_reason` text null, `subject_found` integer not null, `subject_label` text not null, `subject_hash` text not null, `end_user_id` text null, `duplicate_of_id` text null, `repeat_access_within12months` integer not null, `note` text null, `lift` integer not null, `rectification` json null, `erased` json not null, `timeline` json not null, constraint `privacy_request_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `privacy_request_end_user_id_foreign` foreign key(`end_user_id`) references `end_user`(`id`) on delete set null on update cascade, primary key (`id`))",
    );
    this.addSql('create index `privacy_request_tenant_id_index` on `privacy_request` (`tenant_id`)');
    this.addSql('create index `privacy_request_end_user_id_index` on `privacy_request` (`end_user_id`)');
    this.addSql('create index `privacy_request_tenant_id_due_at_index` on `privacy_request` (`tenant_id`, `due_at`)');
    this.addSql(
      'create index `privacy_request_tenant_id_subject_hash_type_index` on `privacy_request` (`tenant_id`, `subject_hash`, `type`)',
    );
    this.addSql(
      "create table `consent_record` (`id` text not null, `tenant_id` text not null, `end_user_id` text not null, `purpose` text check (`purpose` in ('LOCATION', 'MARKETING', 'ANALYTICS', 'THIRD_PARTY_SHARING')) not null, `granted` integer not null, `source` text check (`source` in ('SDK', 'DASHBOARD', 'API', 'IMPORT')) not null, `policy_version` text not null, `recorded_at` datetime not null, `received_at` datetime not null, `evidence` json not null, constraint `consent_record_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `consent_record_end_user_id_foreign` foreign key(`end_user_id`) references `end_user`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `consent_record_tenant_id_index` on `consent_record` (`tenant_id`)');
    this.addSql('create index `consent_record_end_user_id_index` on `consent_record` (`end_user_id`)');
    this.addSql(
      'create index `consent_record_end_user_id_purpose_recorded_at_index` on `consent_record` (`end_user_id`, `purpose`, `recorded_at`)',
    );
    this.addSql(
      "create table `campaign` (`id` text not null, `tenant_id` text not null, `name` text not null, `status` text check (`status` in ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED')) not null default 'DRAFT', `trigger` text check (`trigger` in ('ENTER', 'DWELL', 'BEACON_NEAR')) not null, `dwell_minutes` integer null, `content` json not null, `starts_at` datetime null, `ends_at` datetime null, `time_windows` json not null, `cap_max_deliveries` integer null, `cap_per_hours` integer null, `minimum_gap_minutes` integer null, `priority` integer not null default 0, `tags_text` text not null default '', `activated_at` datetime null, `archived_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, constraint `campaign_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `campaign_tenant_id_index` on `campaign` (`tenant_id`)');
    this.addSql('create index `campaign_tenant_id_created_at_index` on `campaign` (`tenant_id`, `created_at`)');
    this.addSql('create index `campaign_tenant_id_status_index` on `campaign` (`tenant_id`, `status`)');
    this.addSql(
      "create table `engagement_event` (`id` text not null, `tenant_id` text not null, `end_user_id` text not null, `campaign_id` text not null, `type` text check (`type` in ('DELIVERED', 'OPENED', 'CLICKED', 'DISMISSED')) not null, `occurred_at` datetime not null, `received_at` datetime not null, constraint `engagement_event_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `engagement_event_end_user_id_foreign` foreign key(`end_user_id`) references `end_user`(`id`) on delete cascade on update cascade, constraint `engagement_event_campaign_id_foreign` foreign key(`campaign_id`) references `campaign`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `engagement_event_tenant_id_index` on `engagement_event` (`tenant_id`)');
    this.addSql('create index `engagement_event_end_user_id_index` on `engagement_event` (`end_user_id`)');
    this.addSql('create index `engagement_event_campaign_id_index` on `engagement_event` (`campaign_id`)');
    this.addSql(
      'create index `engagement_event_campaign_id_occurred_at_index` on `engagement_event` (`campaign_id`, `occurred_at`)',
    );
    this.addSql(
      'create index `engagement_event_end_user_id_campaign_id_type_occurred_at_index` on `engagement_event` (`end_user_id`, `campaign_id`, `type`, `occurred_at`)',
    );
    this.addSql(
      'create index `engagement_event_tenant_id_occurred_at_index` on `engagement_event` (`tenant_id`, `occurred_at`)',
    );
    this.addSql(
      "create table `beacon` (`id` text not null, `tenant_id` text not null, `name` text not null, `uuid` text not null, `major` integer not null, `minor` integer not null, `placement_latitude` double null, `placement_longitude` double null, `tags_text` text not null default '', `archived_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, constraint `beacon_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    );
    this.addSql('create index `beacon_tenant_id_index` on `beacon` (`tenant_id`)');
    this.addSql('create index `beacon_tenant_id_created_at_index` on `beacon` (`tenant_id`, `created_at`)');
    this.addSql(
      'create unique index `beacon_tenant_id_uuid_major_minor_unique` on `beacon` (`tenant_id`, `uuid`, `major`, `minor`)',
    );
    this.addSql(
      'create table `campaign_target` (`id` text not null, `tenant_id` text not null, `campaign_id` text not null, `geofence_id` text null, `beacon_id` text null, constraint `campaign_target_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `campaign_target_campaign_id_foreign` foreign key(`campaign_id`) references `campaign`(`id`) on delete cascade on update cascade, constraint `campaign_target_geofence_id_foreign` foreign key(`geofence_id`) references `geofence`(`id`) on delete cascade on update cascade, constraint `campaign_target_beacon_id_foreign` foreign key(`beacon_id`) references `beacon`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `campaign_target_tenant_id_index` on `campaign_target` (`tenant_id`)');
    this.addSql('create index `campaign_target_campaign_id_index` on `campaign_target` (`campaign_id`)');
    this.addSql('create index `campaign_target_geofence_id_index` on `campaign_target` (`geofence_id`)');
    this.addSql('create index `campaign_target_beacon_id_index` on `campaign_target` (`beacon_id`)');
    this.addSql(
      'create table `audit_entry` (`id` text not null, `tenant_id` text null, `actor_type` text not null, `actor_id` text null, `action` text not null, `target_id` text null, `outcome` text not null, `error_code` text null, `request_id` text not null, `created_at` datetime not null, constraint `audit_entry_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `audit_entry_tenant_id_index` on `audit_entry` (`tenant_id`)');
    this.addSql('create index `audit_entry_tenant_id_created_at_index` on `audit_entry` (`tenant_id`, `created_at`)');
    this.addSql(
      'create table `api_key` (`id` text not null, `tenant_id` text not null, `name` text not null, `prefix` text not null, `key_hash` text not null, `scopes` json not null, `created_by_id` text not null, `created_at` datetime not null, `revoked_at` datetime null, constraint `api_key_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `api_key_tenant_id_index` on `api_key` (`tenant_id`)');
    this.addSql('create unique index `api_key_key_hash_unique` on `api_key` (`key_hash`)');
    this.addSql(
      'create table `usage_counter` (`id` text not null, `tenant_id` text not null, `day` text not null, `operation` text not null, `count` integer not null default 0, constraint `usage_counter_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))',
    );
    this.addSql('create index `usage_counter_tenant_id_index` on `usage_counter` (`tenant_id`)');
    this.addSql(
      'create unique index `usage_counter_tenant_id_day_operation_unique` on `usage_counter` (`tenant_id`, `day`, `operation`)',
    );
  }
}
