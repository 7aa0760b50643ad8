/**
 * A name reduced for comparison: accents, case, spaces and punctuation gone, so "Zoë O’Neil-Smith",
 * "ZOE ONEIL SMITH" and "zoe oneil-smith" compare equal.
 */
export function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
