// The one place that imports better-sqlite3; everything else opens databases through here.
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;
export type Statement = Database.Statement;

export function openDatabase(file: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');
  return db;
}
