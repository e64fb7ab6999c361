import type { Locator, Page } from 'playwright-core';

/** The part of a section's page that holds one item of its list. */
export const item = (page: Page, list: string, index: number): Locator =>
  page.locator(`section#${list}-${index}`);

/** Opens a section from the assessment's task list. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.locator('#tasks').getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Saves the section and goes back to the task list, as its main button does. */
export const saveSection = (page: Page): Promise<void> =>
  page.getByRole('button', { name: 'Spara och gå tillbaka' }).click();

/** Fills an observed risk's required fields, its title and description, and one affected group. */
export async function fillRisk(
  page: Page,
  index: number,
  risk: { area: string; title: string; level: string; trend: string },
): Promise<void> {
  const section = item(page, 'observedRisks', index);
  await section.getByLabel('Riskområde').selectOption({ label: risk.area });
  await section.getByLabel('Kort rubrik (valfritt)').fill(risk.title);
  await section.getByLabel('Beskrivning (valfritt)').fill(`${risk.title}: beskrivning.`);
  await section.getByRole('group', { name: 'Nivå' }).getByLabel(risk.level, { exact: true }).check();
  await section
    .getByRole('group', { name: 'Utveckling sedan förra omgången' })
    .getByLabel(risk.trend, { exact: true })
    .check();
  await section
    .getByRole('group', { name: 'Berörda grupper (valfritt)' })
    .getByLabel('Barn och unga')
    .check();
}
