import { useEffect, useState } from "preact/hooks";

export interface Strength {
  score: number;
  label: string;
  ok: boolean;
  advice: string;
}

export type StrengthCheck = (passphrase: string) => Strength;

/** Loads the strength checker (its dictionaries are fetched lazily) and rates passphrases with it. */
export type LoadStrength = () => Promise<StrengthCheck>;

const STILL_LOADING: Strength = {
  score: 0,
  label: "checking…",
  ok: false,
  advice: "The strength check is still starting. Try again in a moment.",
};

/** The passphrase strength checker once it has loaded; until then every passphrase rates "checking…" and is not accepted. */
export function useStrength(load: LoadStrength): StrengthCheck {
  const [check, setCheck] = useState<{ fn: StrengthCheck } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((fn) => live && setCheck({ fn }));
    return () => {
      live = false;
    };
  }, [load]);
  return check ? check.fn : () => STILL_LOADING;
}
