import { Initial1795428694951 } from './1795428694951-Initial';
import { AppendOnlyHistory1795428694952 } from './1795428694952-AppendOnlyHistory';

/** In the order they run. A committed migration is never edited; a change of schema is a new migration. */
export const MIGRATIONS = [Initial1795428694951, AppendOnlyHistory1795428694952];
