import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lagesbild:public';
export const USES_SESSION = 'lagesbild:uses-session';

/** Marks a route that needs no signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Marks a page controller: its users sign in with a session cookie, checked by the pages' own guard. */
export const UsesSession = () => SetMetadata(USES_SESSION, true);
