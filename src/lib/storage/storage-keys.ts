/** Every key the app stores starts with this. */
export const PREFIX = "paper-explorer:";
/** A backup of an unreadable value is stored under its key plus this and the time it was made. */
export const BACKUP_MARK = ".backup-";
