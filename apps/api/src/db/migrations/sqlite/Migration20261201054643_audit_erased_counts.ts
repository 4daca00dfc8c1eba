import { Migration } from '@mikro-orm/migrations';

/** The audit log records what an action erased, by kind (a raised minimum age, for one). */
export class Migration20261201054643_audit_erased_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` add column \`erased\` json null;`);
  }
}
