import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'sass';
import { ASSETS_DIR, GOVUK_FRONTEND_DIR, PROJECT_ROOT, TEMPLATES_DIR } from '../../config/paths';

/** Builds the pages' stylesheet from govuk-frontend's Sass with our own settings, and copies the scripts. */
function buildAssets(): void {
  mkdirSync(ASSETS_DIR, { recursive: true });
  const source = join(TEMPLATES_DIR, 'web', 'assets');
  const css = compile(join(source, 'lagesbild.scss'), {
    loadPaths: [join(PROJECT_ROOT, 'node_modules')],
    style: 'compressed',
    quietDeps: true,
  });
  writeFileSync(join(ASSETS_DIR, 'lagesbild.css'), css.css);
  copyFileSync(
    join(GOVUK_FRONTEND_DIR, 'govuk', 'govuk-frontend.min.js'),
    join(ASSETS_DIR, 'govuk-frontend.min.js'),
  );
  for (const file of ['lagesbild.mjs', 'favicon.svg'])
    copyFileSync(join(source, file), join(ASSETS_DIR, file));
}

buildAssets();
