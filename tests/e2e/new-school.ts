import type { Page } from "playwright";

/** First run in a fresh profile: names a made-up school and sets its passphrase, leaving the panel unlocked. */
export async function setUpNewSchool(page: Page, name: string, passphrase: string): Promise<void> {
  await page.getByLabel("Name of your setting").fill(name);
  await page.getByLabel("School").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Type the passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Set passphrase" }).click();
  await page.getByLabel("I have printed or saved my recovery key").check();
  await page.getByRole("button", { name: "Continue" }).click();
}
