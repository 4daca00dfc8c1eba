/**
 * needsReconsent()'s SQL twin, a WHERE fragment over end_user `alias` for filtered, paged lists: those who need to
 * consent again (`wanted` true) or those who do not, including everyone who never consented. Tested to agree with it.
 */
export function needsReconsentSql(
  alias: string,
  currentPolicyVersion: string,
  wanted: boolean,
): { sql: string; params: unknown[] } {
  const latestVersion =
    `(select c.policy_version from consent_record c where c.end_user_id = ${alias}.id ` +
    `order by c.recorded_at desc, case when c.policy_version = ? then 0 else 1 end limit 1)`;
  return wanted
    ? { sql: `${latestVersion} <> ?`, params: [currentPolicyVersion, currentPolicyVersion] }
    : {
        sql: `coalesce(${latestVersion}, ?) = ?`,
        params: [currentPolicyVersion, currentPolicyVersion, currentPolicyVersion],
      };
}
