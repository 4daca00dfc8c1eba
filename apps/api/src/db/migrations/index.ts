import type { Configuration } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import type { Migration } from '@mikro-orm/migrations';
import type { DatabaseKind } from '../../config';
import { Migration20261201000000_baseline as PostgresBaseline } from './postgres/Migration20261201000000_baseline';
import { Migration20261201000000_baseline as SqliteBaseline } from './sqlite/Migration20261201000000_baseline';
import { Migration20261201054643_audit_erased_counts as PostgresAuditErased } from './postgres/Migration20261201054643_audit_erased_counts';
import { Migration20261201054643_audit_erased_counts as SqliteAuditErased } from './sqlite/Migration20261201054643_audit_erased_counts';
import { Migration20261201060112_consent_state_and_cache_epoch as PostgresConsentState } from './postgres/Migration20261201060112_consent_state_and_cache_epoch';
import { Migration20261201060112_consent_state_and_cache_epoch as SqliteConsentState } from './sqlite/Migration20261201060112_consent_state_and_cache_epoch';
import { Migration20261201233749_webhooks as PostgresWebhooks } from './postgres/Migration20261201233749_webhooks';
import { Migration20261201233749_webhooks as SqliteWebhooks } from './sqlite/Migration20261201233749_webhooks';
import { Migration20261202000000_campaign_ended_by_archive as PostgresEndedByArchive } from './postgres/Migration20261202000000_campaign_ended_by_archive';
import { Migration20261202000000_campaign_ended_by_archive as SqliteEndedByArchive } from './sqlite/Migration20261202000000_campaign_ended_by_archive';
import { Migration20261202010000_member_invitations as PostgresInvitations } from './postgres/Migration20261202010000_member_invitations';
import { Migration20261202010000_member_invitations as SqliteInvitations } from './sqlite/Migration20261202010000_member_invitations';
import { Migration20261202020000_privacy_queue_exports_us_states as PostgresPrivacyQueue } from './postgres/Migration20261202020000_privacy_queue_exports_us_states';
import { Migration20261202020000_privacy_queue_exports_us_states as SqlitePrivacyQueue } from './sqlite/Migration20261202020000_privacy_queue_exports_us_states';

export type MigrationClass = (new (driver: AbstractSqlDriver, config: Configuration) => Migration) & {
  /**
   * Tables this migration creates that a database made before versioned migrations already has: when all of them are
   * there, the migration is recorded as applied without running.
   */
  readonly adopts?: readonly string[];
};

/** Every migration of each kind of database, oldest first. Names sort by time; a new one goes at the end. */
export const migrations: Record<DatabaseKind, MigrationClass[]> = {
  sqlite: [
    SqliteBaseline,
    SqliteAuditErased,
    SqliteConsentState,
    SqliteWebhooks,
    SqliteEndedByArchive,
    SqliteInvitations,
    SqlitePrivacyQueue,
  ],
  postgres: [
    PostgresBaseline,
    PostgresAuditErased,
    PostgresConsentState,
    PostgresWebhooks,
    PostgresEndedByArchive,
    PostgresInvitations,
    PostgresPrivacyQueue,
  ],
};
