import { Migration } from '@mikro-orm/migrations';

const OPEN = "('RECEIVED', 'IN_PROGRESS')";

/** When a denied request was denied: its timeline says. */
const DENIED_AT =
  "(select (e ->> 'at')::timestamptz from jsonb_array_elements(\"timeline\") e where e ->> 'action' = 'DENIED' limit 1)";

const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)`;

/**
 * Privacy requests: when each was closed and the queue's order (open by due date, then the most recently closed);
 * the kept ACCESS export and its expiry; the US jurisdictions (a state's own law, the general US rules) and the state
 * a request was judged by. End users: their region (the US state).
 */
export class Migration20261202020000_privacy_queue_exports_us_states extends Migration {
  override up(): void {
    this.addSql('alter table "end_user" add column "region_code" varchar(3) null;');
    this.addSql('alter table "privacy_request" drop constraint if exists "privacy_request_jurisdiction_check";');
    this.addSql(
      'alter table "privacy_request" add column "queue_key" double precision not null default 0, add column "closed_at" timestamptz null, add column "us_state" varchar(3) null, add column "access_export" text null, add column "access_export_expires_at" timestamptz null;',
    );
    this.addSql(
      `update "privacy_request" set "closed_at" = coalesce("completed_at", ${DENIED_AT}, "received_at") where "status" not in ${OPEN};`,
    );
    this.addSql(
      `update "privacy_request" set "queue_key" = case when "status" in ${OPEN} then ${epochMs('"due_at"')} else -${epochMs('"closed_at"')} end;`,
    );
    this.addSql(
      `alter table "privacy_request" add constraint "privacy_request_jurisdiction_check" check("jurisdiction" in ('EU_EEA_UK_CH', 'US_CA', 'US_STATE', 'US_GENERAL', 'OTHER'));`,
    );
  }
}
