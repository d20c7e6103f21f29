/**
 * The permission catalogue. A role is a set of these plus a scope; routes declare the one
 * they need. Adding a permission here is the only way to make a new one exist.
 */
export const PERMISSIONS = {
  "organisation.read": "See organisations and their contact details",
  "organisation.manage": "Create and change organisations",
  "user.read": "See the people who use Ariadne in scope",
  "user.manage": "Create, change, deactivate users and reset their second factor",
  "role.manage": "Create and change roles",
  "audit.read": "Read, filter, export and verify the audit log",
  "token.manage": "Create and revoke own API tokens",
  "demo.load": "Load the synthetic demo data",
  "screening.create": "Screen a person for trafficking indicators",
  "screening.read": "Read screenings in scope",
  "screening.configure": "Load a revised screening indicator catalogue",
  "case.read": "Read cases in scope, including personal data",
  "case.write": "Open and change cases",
  "case.exchange": "Import and export cases as HTCDS files",
  "nrm.configure": "Configure the National Referral Mechanism stages of a country",
  "service.manage": "Keep the own organisation's services in the directory",
  "retention.manage": "Set retention periods and legal holds, decide erasure requests",
  "referral.create": "Refer a case to another organisation",
  "referral.respond": "Accept or decline referrals sent to the own organisation",
  "referral.override_consent":
    "Refer a child's case without consent, in the child's best interests (audited)",
  "online.ingest": "Submit online ads for scanning",
  "online.read": "See scanned ads and networks",
  "online.review": "Decide on networks (escalate, monitor, dismiss)",
  "stats.read": "See protected statistics",
  "stats.exact": "See exact internal statistics",
  "stats.publish": "Publish protected statistics",
  "prevent.manage": "Run supply-chain due diligence",
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/**
 * Permissions that let their holder read personal data. A role holding any of these must
 * use a second factor.
 */
export const PERSONAL_DATA_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  "user.read",
  "user.manage",
  "audit.read",
  "screening.read",
  "case.read",
  "case.write",
  "referral.create",
  "referral.respond",
  "case.exchange",
  "online.read",
  "stats.exact",
]);

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export function requiresSecondFactor(permissions: Iterable<Permission>): boolean {
  for (const p of permissions) if (PERSONAL_DATA_PERMISSIONS.has(p)) return true;
  return false;
}
