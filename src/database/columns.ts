import { Column, ValueTransformer } from 'typeorm';

/** Instants are stored as ISO-8601 UTC text: identical on SQLite and PostgreSQL and sortable as text. */
const isoInstant: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value === null ? null : new Date(value)),
};

export function InstantColumn(options: { name: string; nullable?: boolean }): PropertyDecorator {
  return Column({ type: 'varchar', length: 24, transformer: isoInstant, ...options });
}

/** A calendar date, `YYYY-MM-DD`. */
export function DateColumn(options: { name: string; nullable?: boolean }): PropertyDecorator {
  return Column({ type: 'varchar', length: 10, ...options });
}
