import { join } from 'node:path';

/** The project's root; compiled code runs from dist/src, so it is three folders up from here. */
export const PROJECT_ROOT = join(__dirname, '..', '..', '..');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
/** Stylesheets and scripts built for the pages (npm run build). */
export const ASSETS_DIR = join(PROJECT_ROOT, 'dist', 'assets');
export const GOVUK_FRONTEND_DIR = join(PROJECT_ROOT, 'node_modules', 'govuk-frontend', 'dist');
