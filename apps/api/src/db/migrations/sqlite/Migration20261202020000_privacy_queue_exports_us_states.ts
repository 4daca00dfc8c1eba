import { Migration } from '@mikro-orm/migrations';

const OPEN = "('RECEIVED', 'IN_PROGRESS')";

/** Milliseconds since the epoch (how dates are stored here) of an ISO 8601 text. */
const isoToMs = (text: string) => `cast(round((julianday(${text}) - 2440587.5) * 86400000) as integer)`;

/** When a denied request was denied: its timeline says. */
const DENIED_AT = isoToMs(
  "(select json_extract(e.value, '$.at') from json_each(`old`.`timeline`) e where json_extract(e.value, '$.action') = 'DENIED' limit 1)",
);

/**
 * Privacy requests: when each was closed and the queue's order (open by due date, then the most recently closed);
 * the kept ACCESS export and its expiry; the US jurisdictions (a state's own law, the general US rules) and the state
 * a request was judged by. End users: their region (the US state). SQLite cannot change a check constraint, so the
 * table is rebuilt (migrate() runs with foreign keys off; no table refers to privacy_request).
 */
export class Migration20261202020000_privacy_queue_exports_us_states extends Migration {
  override up(): void {
    this.addSql('alter table `end_user` add column `region_code` text null;');
    this.addSql(
      "create table `privacy_request_rebuilt` (`id` text not null, `tenant_id` text not null, `type` text check (`type` in ('ACCESS', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'RECTIFICATION', 'CHILD_ERASURE')) not null, `status` text check (`status` in ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'DENIED')) not null, `received_at` datetime not null, `due_at` datetime not null, `queue_key` double not null default 0, `completed_at` datetime null, `closed_at` datetime null, `jurisdiction` text check (`jurisdiction` in ('EU_EEA_UK_CH', 'US_CA', 'US_STATE', 'US_GENERAL', 'OTHER')) not null, `us_state` text null, `acknowledge_by` datetime null, `extended_until` datetime null, `extension_reason` text null, `denial_reason` text null, `subject_found` integer not null, `subject_label` text not null, `subject_hash` text not null, `end_user_id` text null, `duplicate_of_id` text null, `repeat_access_within12months` integer not null, `note` text null, `lift` integer not null, `rectification` json null, `erased` json not null, `timeline` json not null, `access_export` text null, `access_export_expires_at` datetime null, constraint `privacy_request_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, constraint `privacy_request_end_user_id_foreign` foreign key(`end_user_id`) references `end_user`(`id`) on delete set null on update cascade, primary key (`id`));",
    );
    const kept =
      '`id`, `tenant_id`, `type`, `status`, `received_at`, `due_at`, `completed_at`, `jurisdiction`, `acknowledge_by`, `extended_until`, `extension_reason`, `denial_reason`, `subject_found`, `subject_label`, `subject_hash`, `end_user_id`, `duplicate_of_id`, `repeat_access_within12months`, `note`, `lift`, `rectification`, `erased`, `timeline`';
    this.addSql(
      `insert into \`privacy_request_rebuilt\` (${kept}, \`closed_at\`, \`queue_key\`) select ${kept
        .split(', ')
        .map((c) => `\`old\`.${c}`)
        .join(
          ', ',
        )}, case when \`old\`.\`status\` in ${OPEN} then null else coalesce(\`old\`.\`completed_at\`, ${DENIED_AT}, \`old\`.\`received_at\`) end, 0 from \`privacy_request\` \`old\`;`,
    );
    this.addSql(
      `update \`privacy_request_rebuilt\` set \`queue_key\` = case when \`status\` in ${OPEN} then \`due_at\` else -\`closed_at\` end;`,
    );
    this.addSql('drop table `privacy_request`;');
    this.addSql('alter table `privacy_request_rebuilt` rename to `privacy_request`;');
    this.addSql('create index `privacy_request_tenant_id_index` on `privacy_request` (`tenant_id`);');
    this.addSql('create index `privacy_request_end_user_id_index` on `privacy_request` (`end_user_id`);');
    this.addSql('create index `privacy_request_tenant_id_due_at_index` on `privacy_request` (`tenant_id`, `due_at`);');
    this.addSql(
      'create index `privacy_request_tenant_id_subject_hash_type_index` on `privacy_request` (`tenant_id`, `subject_hash`, `type`);',
    );
  }
}
