export type VaultErrorCode =
  | "no-vault"
  | "vault-exists"
  | "damaged-vault"
  | "wrong-passphrase"
  | "wrong-recovery-key"
  | "not-a-recovery-key"
  | "passphrase-too-short"
  | "wrong-data-key"
  | "rekey-unfinished";

/** Every error the vault throws for a reason a user can hit; `message` is written for a SENCO. */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "VaultError";
  }
}

export class WrongPassphraseError extends VaultError {
  constructor() {
    super("wrong-passphrase", "That passphrase is not right. Check it and try again.");
    this.name = "WrongPassphraseError";
  }
}

export class WrongRecoveryKeyError extends VaultError {
  constructor() {
    super("wrong-recovery-key", "That recovery key is not right. Check it and try again.");
    this.name = "WrongRecoveryKeyError";
  }
}

export const noVault = () =>
  new VaultError("no-vault", "Encryption has not been set up on this computer yet, so there is nothing to unlock.");

export const damagedVault = (cause?: unknown) =>
  new VaultError(
    "damaged-vault",
    "The encryption details on this computer are damaged, so your records cannot be opened. Restore from your last backup.",
    { cause },
  );
