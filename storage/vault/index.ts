/**
 * Encryption at rest. The data key (AES-GCM 256) encrypts every personal record through AesGcmCodec;
 * it is kept only wrapped (AES-KW) by keys derived with PBKDF2-SHA256 from the passphrase and from the
 * recovery key, in the `meta` "vault" entry. The unwrapped key lives only in the caller's memory.
 */
export { AesGcmCodec, isAesGcmPayload, type AesGcmPayload } from "./aes-gcm-codec";
export { PBKDF2_ITERATIONS } from "./kdf";
export { KeyVault } from "./key-vault";
export { MIN_PASSPHRASE_LENGTH, type PassphraseStrength } from "./passphrase-strength";
export { loadPassphraseChecker, MIN_PASSPHRASE_SCORE, type PassphraseChecker } from "./passphrase-checker";
export { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_EXAMPLE } from "./recovery-key";
export {
  changePassphrase,
  createVault,
  replaceRecoveryKey,
  resetAfterRecovery,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  vaultExists,
  type CreatedVault,
  type VaultOptions,
} from "./vault";
export { VaultError, WrongPassphraseError, WrongRecoveryKeyError, type VaultErrorCode } from "./vault-errors";
export { isVaultKey, openVaultWithPassphrase, openVaultWithRecoveryKey, readVault } from "./vault-record";
