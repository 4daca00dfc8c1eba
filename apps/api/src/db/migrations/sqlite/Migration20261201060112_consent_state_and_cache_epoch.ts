import { Migration } from '@mikro-orm/migrations';

/**
 * The current consent state beside the ledger (filled from it here, the latest record per purpose, a withdrawal
 * winning a tie, as isGranted() decides), and the cache epoch that tenant and API key changes move.
 */
export class Migration20261201060112_consent_state_and_cache_epoch extends Migration {
  override up(): void {
    this.addSql(
      'create table `cache_epoch` (`id` integer not null default 1, `epoch` bigint not null default 0, primary key (`id`));',
    );
    this.addSql('insert into `cache_epoch` (`id`, `epoch`) values (1, 0);');
    for (const [column, purpose] of CONSENT_COLUMNS) {
      this.addSql(`alter table \`end_user\` add column \`${column}\` integer not null default false;`);
      this.addSql(
        `update \`end_user\` set \`${column}\` = coalesce((select c.\`granted\` from \`consent_record\` c where c.\`end_user_id\` = \`end_user\`.\`id\` and c.\`purpose\` = '${purpose}' order by c.\`recorded_at\` desc, c.\`granted\` asc limit 1), false);`,
      );
    }
    for (const table of ['tenant', 'api_key']) {
      for (const event of ['update', 'delete']) {
        this.addSql(
          `create trigger \`${table}_${event}_moves_cache_epoch\` after ${event} on \`${table}\` begin update \`cache_epoch\` set \`epoch\` = \`epoch\` + 1 where \`id\` = 1; end;`,
        );
      }
    }
  }
}

const CONSENT_COLUMNS = [
  ['location_consent', 'LOCATION'],
  ['marketing_consent', 'MARKETING'],
  ['analytics_consent', 'ANALYTICS'],
  ['third_party_sharing_consent', 'THIRD_PARTY_SHARING'],
] as const;
