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
      'create table "operator" ("id" varchar(36) not null, "email" varchar(254) not null, "name" varchar(120) not null, "password_hash" varchar(255) not null, "created_at" timestamptz not null, constraint "operator_pkey" primary key ("id"))',
    );
    this.addSql('alter table "operator" add constraint "operator_email_unique" unique ("email")');
    this.addSql(
      'create table "session" ("id" varchar(36) not null, "operator_id" varchar(36) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"))',
    );
    this.addSql('alter table "session" add constraint "session_token_hash_unique" unique ("token_hash")');
    this.addSql(
      'create table "tenant" ("id" varchar(36) not null, "name" varchar(120) not null, "minimum_age" int not null default 13, "timezone" varchar(64) not null default \'UTC\', "require_marketing_consent" boolean not null default true, "policy_version" varchar(32) not null default \'1\', "created_at" timestamptz not null, "catalog_version" int not null default 0, "suspended_at" timestamptz null, "event_retention_days" int not null default 395, "inactive_end_user_days" int not null default 730, "purge_lease_until" timestamptz null, constraint "tenant_pkey" primary key ("id"))',
    );
    this.addSql(
      'create table "suppressed_device" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "device_hash" varchar(64) not null, "reason" varchar(16) not null default \'CHILD\', "created_at" timestamptz not null, constraint "suppressed_device_pkey" primary key ("id"))',
    );
    this.addSql(
      'alter table "suppressed_device" add constraint "suppressed_device_tenant_id_device_hash_unique" unique ("tenant_id", "device_hash")',
    );
    this.addSql(
      'create table "retention_run" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "trigger" varchar(16) not null, "ran_at" timestamptz not null, "finished_at" timestamptz null, "erased" jsonb not null, constraint "retention_run_pkey" primary key ("id"))',
    );
    this.addSql('create index "retention_run_tenant_id_ran_at_index" on "retention_run" ("tenant_id", "ran_at")');
    this.addSql(
      'create table "membership" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "operator_id" varchar(36) not null, "role" text check ("role" in (\'OWNER\', \'MARKETER\', \'ANALYST\', \'PRIVACY_OFFICER\')) not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"))',
    );
    this.addSql(
      'alter table "membership" add constraint "membership_tenant_id_operator_id_unique" unique ("tenant_id", "operator_id")',
    );
    this.addSql(
      'create table "geofence" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(120) not null, "shape" text check ("shape" in (\'CIRCLE\', \'POLYGON\')) not null, "center_latitude" double precision null, "center_longitude" double precision null, "radius_meters" double precision null, "vertices" jsonb null, "min_latitude" double precision not null, "min_longitude" double precision not null, "max_latitude" double precision not null, "max_longitude" double precision not null, "tags_text" varchar(1000) not null default \'\', "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "geofence_pkey" primary key ("id"))',
    );
    this.addSql('create index "geofence_tenant_id_created_at_index" on "geofence" ("tenant_id", "created_at")');
    this.addSql('create index "geofence_tenant_id_name_index" on "geofence" ("tenant_id", "name")');
    this.addSql(
      'create table "end_user" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "device_id" varchar(200) not null, "external_id" varchar(200) null, "platform" text check ("platform" in (\'IOS\', \'ANDROID\', \'WEB\')) null, "locale" varchar(35) null, "country_code" varchar(2) null, "birth_date" varchar(10) null, "age" int null, "location_permission" text check ("location_permission" in (\'ALWAYS\', \'WHEN_IN_USE\', \'DENIED\', \'NOT_DETERMINED\')) not null default \'NOT_DETERMINED\', "email" varchar(254) null, "phone" varchar(32) null, "name" varchar(200) null, "restricted_at" timestamptz null, "objected_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_seen_at" timestamptz not null, constraint "end_user_pkey" primary key ("id"))',
    );
    this.addSql('create index "end_user_tenant_id_external_id_index" on "end_user" ("tenant_id", "external_id")');
    this.addSql('create index "end_user_tenant_id_email_index" on "end_user" ("tenant_id", "email")');
    this.addSql('create index "end_user_tenant_id_created_at_index" on "end_user" ("tenant_id", "created_at")');
    this.addSql(
      'alter table "end_user" add constraint "end_user_tenant_id_device_id_unique" unique ("tenant_id", "device_id")',
    );
    this.addSql(
      'create table "privacy_request" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "type" text check ("type" in (\'ACCESS\', \'ERASURE\', \'RESTRICTION\', \'OBJECTION\', \'RECTIFICATION\', \'CHILD_ERASURE\')) not null, "status" text check ("status" in (\'RECEIVED\', \'IN_PROGRESS\', \'COMPLETED\', \'DENIED\')) not null, "received_at" timestamptz not null, "due_at" timestamptz not null, "completed_at" timestamptz null, "jurisdiction" text check ("jurisdiction" in (\'EU_EEA_UK_CH\', \'US_CA\', \'OTHER\')) not null, "acknowledge_by" timestamptz null, "extended_until" timestamptz null, "extension_reason" varchar(500) null, "denial_reason" varchar(500) null, "subject_found" boolean not null, "subject_label" varchar(64) not null, "subject_hash" varchar(64) not null, "end_user_id" varchar(36) null, "duplicate_of_id" varchar(36) null, "repeat_access_within12months" boolean not null, "note" varchar(500) null, "lift" boolean not null, "rectification" jsonb null, "erased" jsonb not null, "timeline" jsonb not null, constraint "privacy_request_pkey" primary key ("id"))',
    );
    this.addSql('create index "privacy_request_tenant_id_due_at_index" on "privacy_request" ("tenant_id", "due_at")');
    this.addSql(
      'create index "privacy_request_tenant_id_subject_hash_type_index" on "privacy_request" ("tenant_id", "subject_hash", "type")',
    );
    this.addSql(
      'create table "consent_record" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "end_user_id" varchar(36) not null, "purpose" text check ("purpose" in (\'LOCATION\', \'MARKETING\', \'ANALYTICS\', \'THIRD_PARTY_SHARING\')) not null, "granted" boolean not null, "source" text check ("source" in (\'SDK\', \'DASHBOARD\', \'API\', \'IMPORT\')) not null, "policy_version" varchar(32) not null, "recorded_at" timestamptz not null, "received_at" timestamptz not null, "evidence" jsonb not null, constraint "consent_record_pkey" primary key ("id"))',
    );
    this.addSql(
      'create index "consent_record_end_user_id_purpose_recorded_at_index" on "consent_record" ("end_user_id", "purpose", "recorded_at")',
    );
    this.addSql(
      'create table "campaign" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(120) not null, "status" text check ("status" in (\'DRAFT\', \'ACTIVE\', \'PAUSED\', \'ENDED\')) not null default \'DRAFT\', "trigger" text check ("trigger" in (\'ENTER\', \'DWELL\', \'BEACON_NEAR\')) not null, "dwell_minutes" int null, "content" jsonb not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "time_windows" jsonb not null, "cap_max_deliveries" int null, "cap_per_hours" int null, "minimum_gap_minutes" int null, "priority" int not null default 0, "tags_text" varchar(1000) not null default \'\', "activated_at" timestamptz null, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "campaign_pkey" primary key ("id"))',
    );
    this.addSql('create index "campaign_tenant_id_created_at_index" on "campaign" ("tenant_id", "created_at")');
    this.addSql('create index "campaign_tenant_id_status_index" on "campaign" ("tenant_id", "status")');
    this.addSql(
      'create table "engagement_event" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "end_user_id" varchar(36) not null, "campaign_id" varchar(36) not null, "type" text check ("type" in (\'DELIVERED\', \'OPENED\', \'CLICKED\', \'DISMISSED\')) not null, "occurred_at" timestamptz not null, "received_at" timestamptz not null, constraint "engagement_event_pkey" primary key ("id"))',
    );
    this.addSql(
      'create index "engagement_event_campaign_id_occurred_at_index" on "engagement_event" ("campaign_id", "occurred_at")',
    );
    this.addSql(
      'create index "engagement_event_end_user_id_campaign_id_type_occurred_at_index" on "engagement_event" ("end_user_id", "campaign_id", "type", "occurred_at")',
    );
    this.addSql(
      'create index "engagement_event_tenant_id_occurred_at_index" on "engagement_event" ("tenant_id", "occurred_at")',
    );
    this.addSql(
      'create table "beacon" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(120) not null, "uuid" varchar(36) not null, "major" int not null, "minor" int not null, "placement_latitude" double precision null, "placement_longitude" double precision null, "tags_text" varchar(1000) not null default \'\', "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "beacon_pkey" primary key ("id"))',
    );
    this.addSql('create index "beacon_tenant_id_created_at_index" on "beacon" ("tenant_id", "created_at")');
    this.addSql(
      'alter table "beacon" add constraint "beacon_tenant_id_uuid_major_minor_unique" unique ("tenant_id", "uuid", "major", "minor")',
    );
    this.addSql(
      'create table "campaign_target" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "campaign_id" varchar(36) not null, "geofence_id" varchar(36) null, "beacon_id" varchar(36) null, constraint "campaign_target_pkey" primary key ("id"))',
    );
    this.addSql('create index "campaign_target_campaign_id_index" on "campaign_target" ("campaign_id")');
    this.addSql('create index "campaign_target_geofence_id_index" on "campaign_target" ("geofence_id")');
    this.addSql('create index "campaign_target_beacon_id_index" on "campaign_target" ("beacon_id")');
    this.addSql(
      'create table "audit_entry" ("id" varchar(36) not null, "tenant_id" varchar(36) null, "actor_type" varchar(16) not null, "actor_id" varchar(36) null, "action" varchar(64) not null, "target_id" varchar(36) null, "outcome" varchar(16) not null, "error_code" varchar(32) null, "request_id" varchar(64) not null, "created_at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"))',
    );
    this.addSql('create index "audit_entry_tenant_id_created_at_index" on "audit_entry" ("tenant_id", "created_at")');
    this.addSql(
      'create table "api_key" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(120) not null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "scopes" jsonb not null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"))',
    );
    this.addSql('alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash")');
    this.addSql(
      'create table "usage_counter" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "day" varchar(10) not null, "operation" varchar(64) not null, "count" int not null default 0, constraint "usage_counter_pkey" primary key ("id"))',
    );
    this.addSql(
      'alter table "usage_counter" add constraint "usage_counter_tenant_id_day_operation_unique" unique ("tenant_id", "day", "operation")',
    );
    this.addSql(
      'alter table "session" add constraint "session_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "suppressed_device" add constraint "suppressed_device_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "retention_run" add constraint "retention_run_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "membership" add constraint "membership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "membership" add constraint "membership_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "geofence" add constraint "geofence_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "end_user" add constraint "end_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "privacy_request" add constraint "privacy_request_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "privacy_request" add constraint "privacy_request_end_user_id_foreign" foreign key ("end_user_id") references "end_user" ("id") on update cascade on delete set null',
    );
    this.addSql(
      'alter table "consent_record" add constraint "consent_record_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "consent_record" add constraint "consent_record_end_user_id_foreign" foreign key ("end_user_id") references "end_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "campaign" add constraint "campaign_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "engagement_event" add constraint "engagement_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "engagement_event" add constraint "engagement_event_end_user_id_foreign" foreign key ("end_user_id") references "end_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "engagement_event" add constraint "engagement_event_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "beacon" add constraint "beacon_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "campaign_target" add constraint "campaign_target_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "campaign_target" add constraint "campaign_target_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "campaign_target" add constraint "campaign_target_geofence_id_foreign" foreign key ("geofence_id") references "geofence" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "campaign_target" add constraint "campaign_target_beacon_id_foreign" foreign key ("beacon_id") references "beacon" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "audit_entry" add constraint "audit_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "usage_counter" add constraint "usage_counter_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade',
    );
  }
}
