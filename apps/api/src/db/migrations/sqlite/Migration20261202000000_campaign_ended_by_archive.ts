import { Migration } from '@mikro-orm/migrations';

/** A campaign remembers that archiving ended it, so that restoring it brings it back PAUSED. */
export class Migration20261202000000_campaign_ended_by_archive extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`campaign\` add column \`ended_by_archive\` integer not null default false;`);
  }
}
