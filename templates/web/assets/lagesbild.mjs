// Enhancements only: every page works without this script.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A region marked data-refresh (the archive's exports while one is being written) reloads itself from the same page
// until nothing in it is running any more; aria-live on the region lets screen readers hear the progress.
for (const region of document.querySelectorAll('[data-refresh]')) {
  const every = Number(region.dataset.refresh);
  const refresh = async () => {
    const response = await fetch(window.location.pathname, { credentials: 'same-origin' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById(region.id);
    if (!fresh) return;
    region.innerHTML = fresh.innerHTML;
    if (fresh.hasAttribute('data-refresh')) setTimeout(refresh, every);
  };
  setTimeout(refresh, every);
}
