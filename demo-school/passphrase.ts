/** The demo school's passphrase: made up, shown on its lock screen and in its Setting, never a real school's. */
export const DEMO_PASSPHRASE = "demo school passphrase";
