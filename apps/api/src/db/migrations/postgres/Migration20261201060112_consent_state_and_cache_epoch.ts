import { Migration } from '@mikro-orm/migrations';

/**
 * The current consent state beside the ledger (filled from it here, the latest record per purpose, a withdrawal
 * winning a tie, as isGranted() decides), and the cache epoch that tenant and API key changes move.
 */
export class Migration20261201060112_consent_state_and_cache_epoch extends Migration {
  override up(): void {
    this.addSql(
      `create table "cache_epoch" ("id" int not null default 1, "epoch" bigint not null default 0, constraint "cache_epoch_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "cache_epoch" ("id", "epoch") values (1, 0);`);
    this.addSql(
      `alter table "end_user" add column "location_consent" boolean not null default false, add column "marketing_consent" boolean not null default false, add column "analytics_consent" boolean not null default false, add column "third_party_sharing_consent" boolean not null default false;`,
    );
    for (const [column, purpose] of CONSENT_COLUMNS) {
      this.addSql(
        `update "end_user" set "${column}" = coalesce((select c."granted" from "consent_record" c where c."end_user_id" = "end_user"."id" and c."purpose" = '${purpose}' order by c."recorded_at" desc, c."granted" asc limit 1), false);`,
      );
    }
    this.addSql(
      `create function "bump_cache_epoch"() returns trigger language plpgsql as $$ begin update "cache_epoch" set "epoch" = "epoch" + 1 where "id" = 1; return null; end; $$;`,
    );
    for (const table of ['tenant', 'api_key']) {
      this.addSql(
        `create trigger "${table}_moves_cache_epoch" after update or delete on "${table}" for each statement execute function "bump_cache_epoch"();`,
      );
    }
  }
}

const CONSENT_COLUMNS = [
  ['location_consent', 'LOCATION'],
  ['marketing_consent', 'MARKETING'],
  ['analytics_consent', 'ANALYTICS'],
  ['third_party_sharing_consent', 'THIRD_PARTY_SHARING'],
] as const;
