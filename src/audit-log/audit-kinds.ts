/** Every action the service writes to its audit log, by the kind of event it is: what the log's filter offers. */
export const AUDIT_KINDS = {
  sign_in: [
    'login.success',
    'login.failure',
    'login.throttled',
    'password.confirm_failure',
    'totp.recovery_used',
  ],
  accounts: [
    'user.create',
    'user.update',
    'user.deactivate',
    'user.reactivate',
    'invitation.create',
    'invitation.resend',
    'invitation.withdraw',
    'invitation.accept',
    'password.change',
    'password.reset_request',
    'password.reset',
    'sessions.end_all',
    'totp.enable',
    'totp.disable',
  ],
  rounds: [
    'round.create',
    'round.update',
    'round.open',
    'round.close',
    'reminder.send',
    'organisation.create',
    'organisation.update',
  ],
  assessments: ['assessment.save', 'assessment.submit', 'assessment.return', 'assessment.approve'],
  reports: [
    'narrative.save',
    'report.create',
    'report.download',
    'register.report',
    'collection.create',
    'collection.narrative',
    'collection.report',
  ],
  forums: [
    'forum.create',
    'forum.update',
    'forum.poll_create',
    'forum.poll_open',
    'forum.poll_close',
    'forum.answer_hide',
    'forum.answer_show',
    'forum.text_save',
    'forum.prepared',
    'forum.timer_start',
    'forum.report',
  ],
  exports: ['archive.start', 'archive.download'],
  system: ['migration.item_ids'],
} as const;

export type AuditKind = keyof typeof AUDIT_KINDS;
export const AUDIT_KIND_NAMES = Object.keys(AUDIT_KINDS) as AuditKind[];
export const AUDIT_ACTIONS: readonly string[] = Object.values(AUDIT_KINDS).flat();

export const isAuditKind = (value: unknown): value is AuditKind =>
  typeof value === 'string' && (AUDIT_KIND_NAMES as string[]).includes(value);

/** The kind of an action; an action the list does not know (from a later version) is the system's. */
export function auditKindOf(action: string): AuditKind {
  return (
    AUDIT_KIND_NAMES.find((kind) => (AUDIT_KINDS[kind] as readonly string[]).includes(action)) ?? 'system'
  );
}

/** The words of an action, by its key in the locale files (`auditActions.login.success`). */
export const auditActionKey = (action: string): string =>
  AUDIT_ACTIONS.includes(action) ? `auditActions.${action}` : 'auditActions.unknown';

/** A spreadsheet reads a cell that begins with = + - @ (or a tab or return) as a formula: such text is quoted. */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
